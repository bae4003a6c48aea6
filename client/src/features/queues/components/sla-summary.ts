import type { QueueDto } from "../../../../../api/contracts/queues";

const percent = (fraction: number) => `${Math.round(fraction * 1000) / 10} %`;

/** The queue's target as a director says it: "80 % in 20 s", "90 % within 4 business hours". */
export function slaSummary(queue: QueueDto): string {
  if (queue.channel === "email") {
    return `${percent(queue.targetResponseFraction ?? 0)} within ${queue.targetResponseHours} business hours`;
  }
  const parts: string[] = [];
  if (queue.targetServiceLevel !== null)
    parts.push(`${percent(queue.targetServiceLevel)} in ${queue.targetAnswerSeconds} s`);
  if (queue.targetAsaSeconds !== null) parts.push(`ASA ≤ ${queue.targetAsaSeconds} s`);
  return parts.join(", ");
}
