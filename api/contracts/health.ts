import { z } from "zod";
import { defineEndpoint } from "./endpoint";

export const getHealth = defineEndpoint({
  method: "get",
  path: "/api/health",
  summary: "Liveness and readiness: database reachable, migrations applied, version",
  tag: "system",
  isPublic: true,
  response: z.object({
    status: z.enum(["ok", "degraded"]),
    version: z.string(),
    database: z.object({ isReachable: z.boolean(), serverVersion: z.string().nullable() }),
    migrations: z.object({
      applied: z.array(z.string()),
      pending: z.array(z.string()),
      isUpToDate: z.boolean(),
    }),
  }),
});
