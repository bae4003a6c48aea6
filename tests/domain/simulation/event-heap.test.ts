import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EventHeap } from "../../../api/domain/simulation/event-heap";

describe("EventHeap", () => {
  it("pops any pushed events in time order, with their kinds and ids", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { maxLength: 3000 }), (times) => {
        const heap = new EventHeap();
        times.forEach((time, index) => heap.push(time, index % 5, index));
        const popped: number[] = [];
        const event = { time: 0, kind: 0, id: 0 };
        while (heap.size > 0) {
          heap.pop(event);
          expect(event.time).toBe(times[event.id]);
          expect(event.kind).toBe(event.id % 5);
          popped.push(event.time);
        }
        expect(popped).toEqual([...times].sort((a, b) => a - b));
      }),
      { seed: 20, numRuns: 60 },
    );
  });

  it("interleaves pushes and pops, reports +∞ when empty and refuses to pop then", () => {
    const heap = new EventHeap();
    const event = { time: 0, kind: 0, id: 0 };
    heap.push(5, 0, 1);
    heap.push(2, 0, 2);
    heap.pop(event);
    expect(event.id).toBe(2);
    heap.push(3, 0, 3);
    expect(heap.peekTime()).toBe(3);
    heap.pop(event);
    heap.pop(event);
    expect(event.id).toBe(1);
    expect(heap.peekTime()).toBe(Number.POSITIVE_INFINITY);
    expect(() => heap.pop(event)).toThrow(RangeError);
  });
});
