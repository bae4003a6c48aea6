import { z } from "zod";
import { fraction, ianaZone, idParams, weeklyWindow } from "./common";
import { defineEndpoint } from "./endpoint";
import { peopleRoles } from "./roles";

const queueFields = {
  name: z.string().trim().min(1).max(120),
  channel: z.enum(["voice", "chat", "email"]),
  timeZone: ianaZone,
  intervalMinutes: z.union([z.literal(15), z.literal(30), z.literal(60)]),
  priorityWeight: z.number().positive().max(1000),
  targetServiceLevel: z.number().gt(0).lt(1).nullable(),
  targetAnswerSeconds: z.number().positive().nullable(),
  targetAsaSeconds: z.number().positive().nullable(),
  ahtSeconds: z.number().positive(),
  shrinkage: z.number().min(0).lt(1),
  maxOccupancy: z.number().gt(0).max(1).nullable(),
  patienceSeconds: z.number().positive().nullable(),
  concurrency: z.number().int().min(1).max(10).nullable(),
  targetResponseHours: z.number().positive().nullable(),
  targetResponseFraction: fraction.nullable(),
  businessHours: z.array(weeklyWindow).max(50),
};

export const queueInput = z.object(queueFields);
export const queue = z.object({ id: z.uuid(), ...queueFields });
export type QueueDto = z.infer<typeof queue>;

export const listQueues = defineEndpoint({
  method: "get",
  path: "/api/queues",
  roles: peopleRoles,
  summary: "The organisation's queues with their service-level settings",
  tag: "queues",
  response: z.object({ queues: z.array(queue) }),
});

export const getQueue = defineEndpoint({
  method: "get",
  path: "/api/queues/:queueId",
  roles: peopleRoles,
  summary: "One queue",
  tag: "queues",
  params: idParams("queueId"),
  response: queue,
});

export const createQueue = defineEndpoint({
  method: "post",
  path: "/api/queues",
  summary: "Create a queue",
  tag: "queues",
  body: queueInput,
  response: queue,
  responseStatus: 201,
});

export const updateQueue = defineEndpoint({
  method: "patch",
  path: "/api/queues/:queueId",
  summary: "Change some of a queue's settings",
  tag: "queues",
  params: idParams("queueId"),
  body: queueInput.partial(),
  response: queue,
});
