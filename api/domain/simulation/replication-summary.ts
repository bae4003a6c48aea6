import { tallyMetrics, type TallyMetrics } from "./interval-tally";
import { RunningEstimates, type Estimate } from "./running-estimate";
import { queueDays, type QueueDay } from "./simulation-days";
import type { SimulationInput } from "./simulation-input";

/** The five reported figures of a queue interval or day, each a mean over replications with its 95 % CI. */
export interface SimulatedFigures {
  offered: Estimate;
  serviceLevelFraction: Estimate;
  asaSeconds: Estimate;
  abandonmentFraction: Estimate;
  occupancyFraction: Estimate;
}
export interface SimulatedQueueInterval extends SimulatedFigures {
  queueId: string;
  intervalStartUtc: string;
}
export interface SimulatedQueueDay extends SimulatedFigures {
  queueId: string;
  localDate: string;
  /** Whether the whole local day lies inside the period (see widestDailyServiceLevelHalfWidth). */
  isWholeDay: boolean;
}

const FIGURES = ["offered", "serviceLevelFraction", "asaSeconds", "abandonmentFraction", "occupancyFraction"] as const;

/** Folds replication tallies into running means and CIs per queue interval and per queue day. */
export class ReplicationSummary {
  private readonly days: QueueDay[][];
  private readonly intervalCells: RunningEstimates;
  private readonly dayCells: RunningEstimates;
  private readonly dayOffsets: number[];
  replications = 0;

  constructor(private readonly input: SimulationInput) {
    this.days = input.queues.map((queue) =>
      queueDays(input.periodStartUtcMs, input.intervalSeconds, input.intervalCount, queue.timeZone),
    );
    this.dayOffsets = this.days.reduce<number[]>(
      (offsets, _days, index) => [...offsets, index === 0 ? 0 : offsets[index - 1]! + this.days[index - 1]!.length],
      [],
    );
    const dayCount = this.days.reduce((total, days) => total + days.length, 0);
    this.intervalCells = new RunningEstimates(input.queues.length * input.intervalCount * FIGURES.length);
    this.dayCells = new RunningEstimates(dayCount * FIGURES.length);
  }

  add(tally: Float64Array): void {
    const { intervalCount, serviceLevelDefinition } = this.input;
    this.replications += 1;
    this.input.queues.forEach((_queue, queueIndex) => {
      for (let interval = 0; interval < intervalCount; interval++) {
        const metrics = tallyMetrics(tally, intervalCount, queueIndex, interval, interval + 1, serviceLevelDefinition);
        addFigures(this.intervalCells, (queueIndex * intervalCount + interval) * FIGURES.length, metrics);
      }
      this.days[queueIndex]!.forEach((day, dayIndex) => {
        const metrics = tallyMetrics(
          tally,
          intervalCount,
          queueIndex,
          day.fromInterval,
          day.toInterval,
          serviceLevelDefinition,
        );
        addFigures(this.dayCells, (this.dayOffsets[queueIndex]! + dayIndex) * FIGURES.length, metrics);
      });
    });
  }

  /**
   * The widest 95 % half-width of a daily service level among the queue days that had contacts; +∞
   * while any is unknown. Only whole local days count (unless a queue has none, as in a period
   * shorter than a day): a period in another zone cuts a queue's first and last days, and the last
   * one's few contacts, still waiting for the next morning's agents, would hold the CI open.
   */
  widestDailyServiceLevelHalfWidth(): number {
    let widest = 0;
    this.forEachDay((queueIndex, day, cell) => {
      if (!day.isWholeDay && this.days[queueIndex]!.some((each) => each.isWholeDay)) return;
      const estimate = this.dayCells.estimate(cell + FIGURES.indexOf("serviceLevelFraction"));
      if (estimate.mean === null) return;
      widest = Math.max(widest, estimate.halfWidth95 ?? Number.POSITIVE_INFINITY);
    });
    return widest;
  }

  intervals(): SimulatedQueueInterval[] {
    const { intervalCount, intervalSeconds, periodStartUtcMs } = this.input;
    return this.input.queues.flatMap((queue, queueIndex) =>
      Array.from({ length: intervalCount }, (_unused, interval) => ({
        queueId: queue.id,
        intervalStartUtc: new Date(periodStartUtcMs + interval * intervalSeconds * 1000).toISOString(),
        ...figuresAt(this.intervalCells, (queueIndex * intervalCount + interval) * FIGURES.length),
      })),
    );
  }

  queueDays(): SimulatedQueueDay[] {
    const days: SimulatedQueueDay[] = [];
    this.forEachDay((queueIndex, day, cell) =>
      days.push({
        queueId: this.input.queues[queueIndex]!.id,
        localDate: day.localDate,
        isWholeDay: day.isWholeDay,
        ...figuresAt(this.dayCells, cell),
      }),
    );
    return days;
  }

  private forEachDay(visit: (queueIndex: number, day: QueueDay, cell: number) => void): void {
    this.days.forEach((days, queueIndex) =>
      days.forEach((day, dayIndex) =>
        visit(queueIndex, day, (this.dayOffsets[queueIndex]! + dayIndex) * FIGURES.length),
      ),
    );
  }
}

function addFigures(cells: RunningEstimates, base: number, metrics: TallyMetrics): void {
  FIGURES.forEach((figure, offset) => cells.add(base + offset, metrics[figure]));
}

function figuresAt(cells: RunningEstimates, base: number): SimulatedFigures {
  return Object.fromEntries(
    FIGURES.map((figure, offset) => [figure, cells.estimate(base + offset)]),
  ) as unknown as SimulatedFigures;
}
