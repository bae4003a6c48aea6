import { useEffect, useMemo, useState, type KeyboardEvent, type PointerEvent } from "react";
import { slotsPerDay, slotTime, weekdayNames } from "./availability-cells";

interface Cell {
  day: number;
  slot: number;
}

interface Drag {
  anchor: Cell;
  current: Cell;
  isPainting: boolean;
}

const indexOf = ({ day, slot }: Cell) => day * slotsPerDay + slot;
const isInside = (cell: Cell, drag: Drag) =>
  cell.day >= Math.min(drag.anchor.day, drag.current.day) &&
  cell.day <= Math.max(drag.anchor.day, drag.current.day) &&
  cell.slot >= Math.min(drag.anchor.slot, drag.current.slot) &&
  cell.slot <= Math.max(drag.anchor.slot, drag.current.slot);

function cellAt(element: Element | null): Cell | null {
  const target = element?.closest<HTMLElement>("[data-slot]");
  if (!target) return null;
  return { day: Number(target.dataset.day), slot: Number(target.dataset.slot) };
}

/** The cells with a rectangle being dragged painted in (what the person sees before letting go). */
function withDrag(cells: boolean[], drag: Drag | null): boolean[] {
  if (!drag) return cells;
  return cells.map((isOn, index) =>
    isInside({ day: Math.floor(index / slotsPerDay), slot: index % slotsPerDay }, drag) ? drag.isPainting : isOn,
  );
}

/**
 * A week of half-hours in the agent's local time: click a cell to toggle it, drag to paint a
 * rectangle (the first cell decides on or off), or move with the arrow keys and toggle with Space.
 * Pointer events with elementFromPoint, so dragging works with a finger too.
 */
export function AvailabilityGrid({
  cells,
  onChange,
  label,
}: {
  cells: boolean[];
  onChange: (cells: boolean[]) => void;
  label: string;
}) {
  const [drag, setDrag] = useState<Drag | null>(null);
  const [focus, setFocus] = useState<Cell>({ day: 0, slot: 18 });
  const shown = useMemo(() => withDrag(cells, drag), [cells, drag]);

  useEffect(() => {
    if (!drag) return;
    const finish = () => {
      onChange(withDrag(cells, drag));
      setDrag(null);
    };
    window.addEventListener("pointerup", finish);
    window.addEventListener("pointercancel", finish);
    return () => {
      window.removeEventListener("pointerup", finish);
      window.removeEventListener("pointercancel", finish);
    };
  }, [drag, cells, onChange]);

  const start = (event: PointerEvent<HTMLTableElement>) => {
    const cell = cellAt(event.target as Element);
    if (!cell || event.button !== 0) return;
    (event.target as Element).releasePointerCapture?.(event.pointerId);
    event.preventDefault();
    setFocus(cell);
    setDrag({ anchor: cell, current: cell, isPainting: !cells[indexOf(cell)] });
  };

  const move = (event: PointerEvent<HTMLTableElement>) => {
    if (!drag) return;
    const cell = cellAt(document.elementFromPoint(event.clientX, event.clientY));
    if (cell && (cell.day !== drag.current.day || cell.slot !== drag.current.slot)) setDrag({ ...drag, current: cell });
  };

  const key = (event: KeyboardEvent<HTMLTableElement>) => {
    const steps: Record<string, [number, number]> = {
      ArrowUp: [0, -1],
      ArrowDown: [0, 1],
      ArrowLeft: [-1, 0],
      ArrowRight: [1, 0],
    };
    if (event.key === " " || event.key === "Enter") {
      event.preventDefault();
      onChange(cells.map((isOn, index) => (index === indexOf(focus) ? !isOn : isOn)));
      return;
    }
    const step = steps[event.key];
    if (!step) return;
    event.preventDefault();
    const next = {
      day: Math.min(6, Math.max(0, focus.day + step[0])),
      slot: Math.min(slotsPerDay - 1, Math.max(0, focus.slot + step[1])),
    };
    setFocus(next);
    document
      .querySelector<HTMLElement>(`.availability-grid [data-day="${next.day}"][data-slot="${next.slot}"]`)
      ?.focus();
  };

  return (
    <div className="availability-grid">
      <table role="grid" aria-label={label} onPointerDown={start} onPointerMove={move} onKeyDown={key}>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">Local time</span>
            </th>
            {weekdayNames.map((name) => (
              <th scope="col" key={name}>
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: slotsPerDay }, (_unused, slot) => (
            <tr key={slot} className={slot % 2 === 0 ? "availability-grid__hour" : undefined}>
              <th scope="row">
                {slot % 2 === 0 ? slotTime(slot) : <span className="visually-hidden">{slotTime(slot)}</span>}
              </th>
              {weekdayNames.map((name, day) => {
                const isOn = shown[indexOf({ day, slot })];
                const isFocus = focus.day === day && focus.slot === slot;
                return (
                  <td
                    key={name}
                    role="gridcell"
                    data-day={day}
                    data-slot={slot}
                    tabIndex={isFocus ? 0 : -1}
                    aria-selected={isOn}
                    aria-label={`${name} ${slotTime(slot)}–${slot + 1 === slotsPerDay ? "24:00" : slotTime(slot + 1)}`}
                    className={isOn ? "availability-grid__cell availability-grid__cell--on" : "availability-grid__cell"}
                  />
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
