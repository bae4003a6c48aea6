/**
 * The simulator's future-event list: a binary min-heap on event time (Cormen et al., "Introduction to
 * Algorithms", ch. 6), stored in parallel typed arrays so that pushing and popping the ~10⁶ events of
 * a simulated week allocates nothing per event. Each event is a time (seconds from the period start),
 * a kind and an id, both small integers. Equal times pop in an order fixed by the pushes, so a seeded
 * run is reproducible. The repository had no priority queue and no heap package to reuse.
 */
export class EventHeap {
  private times = new Float64Array(1024);
  private kinds = new Int32Array(1024);
  private ids = new Int32Array(1024);
  private length = 0;

  get size(): number {
    return this.length;
  }

  /** Time of the earliest event; +∞ when empty. */
  peekTime(): number {
    return this.length === 0 ? Number.POSITIVE_INFINITY : this.times[0]!;
  }

  push(time: number, kind: number, id: number): void {
    if (this.length === this.times.length) this.grow();
    let index = this.length++;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (this.times[parent]! <= time) break;
      this.place(index, this.times[parent]!, this.kinds[parent]!, this.ids[parent]!);
      index = parent;
    }
    this.place(index, time, kind, id);
  }

  /** Removes the earliest event and writes it into `into` (reused, so popping allocates nothing). Throws RangeError when empty. */
  pop(into: PoppedEvent): void {
    if (this.length === 0) throw new RangeError("pop from an empty event heap");
    into.time = this.times[0]!;
    into.kind = this.kinds[0]!;
    into.id = this.ids[0]!;
    const last = --this.length;
    if (last === 0) return;
    const time = this.times[last]!;
    const kind = this.kinds[last]!;
    const id = this.ids[last]!;
    let index = 0;
    for (;;) {
      const left = 2 * index + 1;
      if (left >= last) break;
      const right = left + 1;
      const child = right < last && this.times[right]! < this.times[left]! ? right : left;
      if (this.times[child]! >= time) break;
      this.place(index, this.times[child]!, this.kinds[child]!, this.ids[child]!);
      index = child;
    }
    this.place(index, time, kind, id);
  }

  private place(index: number, time: number, kind: number, id: number): void {
    this.times[index] = time;
    this.kinds[index] = kind;
    this.ids[index] = id;
  }

  private grow(): void {
    const capacity = this.times.length * 2;
    const times = new Float64Array(capacity);
    const kinds = new Int32Array(capacity);
    const ids = new Int32Array(capacity);
    times.set(this.times);
    kinds.set(this.kinds);
    ids.set(this.ids);
    this.times = times;
    this.kinds = kinds;
    this.ids = ids;
  }
}

export interface PoppedEvent {
  time: number;
  kind: number;
  id: number;
}
