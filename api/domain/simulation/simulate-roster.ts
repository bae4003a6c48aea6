import { createSeededRandom, type SeededRandom } from "../random/seeded-random";
import { ArrivalProcess } from "./arrival-process";
import { BusinessClock } from "./business-clock";
import { EventHeap, type PoppedEvent } from "./event-heap";
import { createTally, TallyField, tallyIndex } from "./interval-tally";
import { drawExponential, drawLognormal } from "./random-draws";
import type { SimulationInput, SimulationQueue } from "./simulation-input";

const ARRIVAL = 0;
const COMPLETION = 1;
const ABANDON = 2;
const SPAN_START = 3;
const SPAN_END = 4;

const WAITING = 0;
const ANSWERED = 1;
const ABANDONED = 2;

/**
 * One replication of a roster: a discrete-event simulation (event-scheduling world view, Law,
 * "Simulation Modeling and Analysis", ch. 1) of every queue and agent over the period, with the
 * routing of SimulationInput.routing. Returns the tally of interval-tally.ts. Pure and seeded: the
 * same input and seed give the same tally, to the bit. The queues start empty; work left waiting
 * at the end of an interval is carried into the next one, as in the contact center.
 */
export function simulateRoster(input: SimulationInput, seed: number): Float64Array {
  return new RosterSimulation(input, createSeededRandom(seed)).run();
}

class RosterSimulation {
  private readonly heap = new EventHeap();
  private readonly event: PoppedEvent = { time: 0, kind: 0, id: 0 };
  private readonly horizon: number;
  private readonly tally: Float64Array;
  private readonly arrivals: ArrivalProcess[];
  private readonly queues: SimulationQueue[];
  private readonly isChat: boolean[];
  private readonly businessClocks: (BusinessClock | null)[];
  // Contacts, by id.
  private readonly contactQueue: number[] = [];
  private readonly contactArrival: number[] = [];
  private readonly contactState: number[] = [];
  private readonly contactAgent: number[] = [];
  // Waiting lines and longest-idle agent lists, per queue: arrays with a moving head, stale entries skipped.
  private readonly lines: number[][];
  private readonly lineHeads: number[];
  private readonly idleAgents: number[][];
  private readonly idleTokens: number[][];
  private readonly idleHeads: number[];
  // Agents, by index.
  private readonly spanIndex: Int32Array;
  private readonly isOn: Uint8Array;
  private readonly isClosing: Uint8Array;
  private readonly isUnitBusy: Uint8Array;
  private readonly chats: Int32Array;
  /** Raised whenever an agent's state changes, so its older entries in the idle lists no longer count. */
  private readonly tokens: Int32Array;
  private readonly onSince: Float64Array;
  /** Agent-seconds per agent × queue × interval busy, and per agent × interval on the phones. */
  private readonly agentBusy: Float64Array;
  private readonly agentAvailable: Float64Array;

  constructor(
    private readonly input: SimulationInput,
    private readonly random: SeededRandom,
  ) {
    const queueCount = input.queues.length;
    const agentCount = input.agents.length;
    this.horizon = input.intervalSeconds * input.intervalCount;
    this.tally = createTally(queueCount, input.intervalCount);
    this.queues = input.queues;
    this.isChat = input.queues.map((queue) => queue.channel === "chat");
    this.businessClocks = input.queues.map((queue) =>
      queue.businessSecondsPerInterval
        ? new BusinessClock(queue.businessSecondsPerInterval, input.intervalSeconds)
        : null,
    );
    this.arrivals = input.queues.map(
      (queue) => new ArrivalProcess(queue.expectedArrivals, input.intervalSeconds, queue.dispersion, random),
    );
    this.lines = input.queues.map(() => []);
    this.lineHeads = input.queues.map(() => 0);
    this.idleAgents = input.queues.map(() => []);
    this.idleTokens = input.queues.map(() => []);
    this.idleHeads = input.queues.map(() => 0);
    this.spanIndex = new Int32Array(agentCount);
    this.isOn = new Uint8Array(agentCount);
    this.isClosing = new Uint8Array(agentCount);
    this.isUnitBusy = new Uint8Array(agentCount);
    this.chats = new Int32Array(agentCount);
    this.tokens = new Int32Array(agentCount);
    this.onSince = new Float64Array(agentCount);
    this.agentBusy = new Float64Array(agentCount * queueCount * input.intervalCount);
    this.agentAvailable = new Float64Array(agentCount * input.intervalCount);
  }

  run(): Float64Array {
    this.queues.forEach((_queue, queueIndex) => this.scheduleArrival(queueIndex, 0));
    this.input.agents.forEach((agent, agentIndex) => {
      const first = agent.spans[0];
      if (first && first.startSeconds < this.horizon) this.heap.push(first.startSeconds, SPAN_START, agentIndex);
    });
    while (this.heap.size > 0 && this.heap.peekTime() < this.horizon) {
      this.heap.pop(this.event);
      this.dispatch(this.event.kind, this.event.id, this.event.time);
    }
    this.closeAtHorizon();
    return this.tally;
  }

  private dispatch(kind: number, id: number, now: number): void {
    if (kind === ARRIVAL) this.arrive(id, now);
    else if (kind === COMPLETION) this.complete(id, now);
    else if (kind === ABANDON) this.abandon(id, now);
    else if (kind === SPAN_START) this.startSpan(id, now);
    else this.endSpan(id, now);
  }

  private scheduleArrival(queueIndex: number, from: number): void {
    const next = this.arrivals[queueIndex]!.nextArrival(from, this.random);
    if (next < this.horizon) this.heap.push(next, ARRIVAL, queueIndex);
  }

  private count(queueIndex: number, time: number, field: number, amount = 1): void {
    const interval = Math.min(this.input.intervalCount - 1, Math.floor(time / this.input.intervalSeconds));
    this.tally[tallyIndex(this.input.intervalCount, queueIndex, interval, field)]! += amount;
  }

  /** Whether a contact of the queue that arrived at `arrival` is still within its target at `now` (business time where the queue counts it). */
  private isWithinTarget(queueIndex: number, arrival: number, now: number): boolean {
    const clock = this.businessClocks[queueIndex];
    const waited = clock ? clock.between(arrival, now) : now - arrival;
    return waited <= this.queues[queueIndex]!.targetAnswerSeconds;
  }

  private arrive(queueIndex: number, now: number): void {
    this.scheduleArrival(queueIndex, now);
    const contact = this.contactQueue.length;
    this.contactQueue.push(queueIndex);
    this.contactArrival.push(now);
    this.contactState.push(WAITING);
    this.contactAgent.push(-1);
    this.count(queueIndex, now, TallyField.offered);
    const agent = this.takeIdleAgent(queueIndex);
    if (agent >= 0) {
      this.startService(agent, contact, now);
      this.offerWork(agent, now);
      return;
    }
    this.lines[queueIndex]!.push(contact);
    const patience = this.queues[queueIndex]!.patienceSeconds;
    if (patience !== null) this.heap.push(now + drawExponential(this.random, patience), ABANDON, contact);
  }

  /** The agent idle longest among those free for the queue, or −1. */
  private takeIdleAgent(queueIndex: number): number {
    const agents = this.idleAgents[queueIndex]!;
    const tokens = this.idleTokens[queueIndex]!;
    let head = this.idleHeads[queueIndex]!;
    let found = -1;
    while (head < agents.length) {
      const agent = agents[head]!;
      const token = tokens[head]!;
      head++;
      if (this.tokens[agent] === token && this.hasCapacity(agent, queueIndex)) {
        found = agent;
        break;
      }
    }
    if (head > 4096 && head * 2 > agents.length) {
      agents.splice(0, head);
      tokens.splice(0, head);
      head = 0;
    }
    this.idleHeads[queueIndex] = head;
    return found;
  }

  private hasCapacity(agent: number, queueIndex: number): boolean {
    if (this.isOn[agent] === 0 || this.isClosing[agent] === 1 || this.isUnitBusy[agent] === 1) return false;
    return this.isChat[queueIndex]
      ? this.chats[agent]! < this.queues[queueIndex]!.concurrency
      : this.chats[agent] === 0;
  }

  private startService(agent: number, contact: number, now: number): void {
    const queueIndex = this.contactQueue[contact]!;
    const queue = this.queues[queueIndex]!;
    const arrival = this.contactArrival[contact]!;
    const wait = now - arrival;
    this.contactState[contact] = ANSWERED;
    this.contactAgent[contact] = agent;
    this.count(queueIndex, arrival, TallyField.answered);
    this.count(queueIndex, arrival, TallyField.answeredWaitSeconds, wait);
    if (this.isWithinTarget(queueIndex, arrival, now)) this.count(queueIndex, arrival, TallyField.answeredWithinTarget);
    const arrivalInterval = Math.min(this.input.intervalCount - 1, Math.floor(arrival / this.input.intervalSeconds));
    const meanSeconds = queue.ahtSeconds[arrivalInterval]!;
    const handle =
      queue.handleTime.distribution === "exponential"
        ? drawExponential(this.random, meanSeconds)
        : drawLognormal(this.random, meanSeconds, queue.handleTime.coefficientOfVariation);
    if (this.isChat[queueIndex]) this.chats[agent]! += 1;
    else this.isUnitBusy[agent] = 1;
    this.tokens[agent]! += 1;
    const busyBase = (agent * this.queues.length + queueIndex) * this.input.intervalCount;
    this.spread(this.agentBusy, busyBase, now, now + handle, 1 / queue.concurrency);
    this.heap.push(now + handle, COMPLETION, contact);
  }

  /** Adds `weight` per second of [from, to) to the per-interval cells from `base`, clipped to the period. */
  private spread(cells: Float64Array, base: number, from: number, to: number, weight: number): void {
    const length = this.input.intervalSeconds;
    const end = Math.min(to, this.horizon);
    for (let interval = Math.floor(from / length); interval * length < end; interval++) {
      const overlap = Math.min(end, (interval + 1) * length) - Math.max(from, interval * length);
      if (overlap > 0) cells[base + interval]! += overlap * weight;
    }
  }

  /** The agent takes waiting work while it has room, then waits in the idle lists of the queues it has room for. */
  private offerWork(agent: number, now: number): void {
    const queueIndices = this.input.agents[agent]!.spans[this.spanIndex[agent]!]!.queueIndices;
    for (
      let contact = this.pickWaiting(agent, queueIndices);
      contact >= 0;
      contact = this.pickWaiting(agent, queueIndices)
    ) {
      this.startService(agent, contact, now);
    }
    this.tokens[agent]! += 1;
    for (const queueIndex of queueIndices) {
      if (!this.hasCapacity(agent, queueIndex)) continue;
      this.idleAgents[queueIndex]!.push(agent);
      this.idleTokens[queueIndex]!.push(this.tokens[agent]!);
    }
  }

  /** The waiting contact the agent takes next under the routing policy, removed from its line; −1 when none. */
  private pickWaiting(agent: number, queueIndices: readonly number[]): number {
    let chosen = -1;
    let chosenArrival = Number.POSITIVE_INFINITY;
    for (const queueIndex of queueIndices) {
      if (!this.hasCapacity(agent, queueIndex)) continue;
      const contact = this.headOfLine(queueIndex);
      if (contact < 0) continue;
      if (this.input.routing.agentQueueChoice === "priority_order") return this.removeHead(queueIndex);
      if (this.contactArrival[contact]! < chosenArrival) {
        chosen = queueIndex;
        chosenArrival = this.contactArrival[contact]!;
      }
    }
    return chosen >= 0 ? this.removeHead(chosen) : -1;
  }

  /** The oldest contact still waiting in the queue's line, or −1 (abandoned contacts are dropped on the way). */
  private headOfLine(queueIndex: number): number {
    const line = this.lines[queueIndex]!;
    let head = this.lineHeads[queueIndex]!;
    while (head < line.length && this.contactState[line[head]!] !== WAITING) head++;
    if (head > 4096 && head * 2 > line.length) {
      line.splice(0, head);
      head = 0;
    }
    this.lineHeads[queueIndex] = head;
    return head < line.length ? line[head]! : -1;
  }

  private removeHead(queueIndex: number): number {
    const head = this.lineHeads[queueIndex]!;
    this.lineHeads[queueIndex] = head + 1;
    return this.lines[queueIndex]![head]!;
  }

  private complete(contact: number, now: number): void {
    const agent = this.contactAgent[contact]!;
    if (this.isChat[this.contactQueue[contact]!]) this.chats[agent]! -= 1;
    else this.isUnitBusy[agent] = 0;
    this.tokens[agent]! += 1;
    const isFree = this.isUnitBusy[agent] === 0 && this.chats[agent] === 0;
    if (this.isClosing[agent] === 1) {
      if (isFree) this.logOff(agent, now);
    } else this.offerWork(agent, now);
  }

  private abandon(contact: number, now: number): void {
    if (this.contactState[contact] !== WAITING) return;
    this.contactState[contact] = ABANDONED;
    const queueIndex = this.contactQueue[contact]!;
    const arrival = this.contactArrival[contact]!;
    this.count(queueIndex, arrival, TallyField.abandoned);
    if (this.isWithinTarget(queueIndex, arrival, now))
      this.count(queueIndex, arrival, TallyField.abandonedWithinTarget);
  }

  private startSpan(agent: number, now: number): void {
    const span = this.input.agents[agent]!.spans[this.spanIndex[agent]!]!;
    this.isOn[agent] = 1;
    this.isClosing[agent] = 0;
    this.onSince[agent] = now;
    this.heap.push(span.endSeconds, SPAN_END, agent);
    this.offerWork(agent, now);
  }

  private endSpan(agent: number, now: number): void {
    this.isClosing[agent] = 1;
    this.tokens[agent]! += 1;
    if (this.isUnitBusy[agent] === 0 && this.chats[agent] === 0) this.logOff(agent, now);
  }

  /** Books the agent's time on the phones and schedules its next span (late, if the last contact overran into it). */
  private logOff(agent: number, now: number): void {
    this.spread(this.agentAvailable, agent * this.input.intervalCount, this.onSince[agent]!, now, 1);
    this.isOn[agent] = 0;
    this.isClosing[agent] = 0;
    const spans = this.input.agents[agent]!.spans;
    let next = this.spanIndex[agent]! + 1;
    while (next < spans.length && spans[next]!.endSeconds <= now) next++;
    this.spanIndex[agent] = next;
    const span = spans[next];
    if (span && span.startSeconds < this.horizon) this.heap.push(Math.max(span.startSeconds, now), SPAN_START, agent);
  }

  private closeAtHorizon(): void {
    for (let agent = 0; agent < this.input.agents.length; agent++) {
      if (this.isOn[agent] === 1)
        this.spread(this.agentAvailable, agent * this.input.intervalCount, this.onSince[agent]!, this.horizon, 1);
    }
    for (let contact = 0; contact < this.contactQueue.length; contact++) {
      if (this.contactState[contact] !== WAITING) continue;
      const queueIndex = this.contactQueue[contact]!;
      const arrival = this.contactArrival[contact]!;
      const isPastTarget = !this.isWithinTarget(queueIndex, arrival, this.horizon);
      this.count(
        queueIndex,
        arrival,
        isPastTarget ? TallyField.waitingPastTargetAtEnd : TallyField.waitingWithinTargetAtEnd,
      );
    }
    this.attributeAvailability();
  }

  /**
   * Busy and available agent-seconds per queue: a blended agent's time on the phones in an interval
   * goes to each queue it served in proportion to the time it served it, and its idle time is split
   * evenly among the queues it is skilled for, so a queue's occupancy is busy ÷ the time attributed.
   */
  private attributeAvailability(): void {
    const queueCount = this.queues.length;
    const intervals = this.input.intervalCount;
    this.input.agents.forEach((agent, agentIndex) => {
      const skills = [...new Set(agent.spans.flatMap((span) => span.queueIndices))];
      for (let interval = 0; interval < intervals; interval++) {
        const available = this.agentAvailable[agentIndex * intervals + interval]!;
        let busyTotal = 0;
        for (let queueIndex = 0; queueIndex < queueCount; queueIndex++)
          busyTotal += this.agentBusy[(agentIndex * queueCount + queueIndex) * intervals + interval]!;
        const idleShare = skills.length > 0 ? Math.max(0, available - busyTotal) / skills.length : 0;
        for (const queueIndex of skills) {
          const busy = this.agentBusy[(agentIndex * queueCount + queueIndex) * intervals + interval]!;
          this.tally[tallyIndex(intervals, queueIndex, interval, TallyField.busyAgentSeconds)]! += busy;
          this.tally[tallyIndex(intervals, queueIndex, interval, TallyField.availableAgentSeconds)]! +=
            busy + idleShare;
        }
      }
    });
  }
}
