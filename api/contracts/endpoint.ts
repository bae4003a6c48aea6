import type { z } from "zod";
import type { Role } from "./roles";

export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";

/**
 * One endpoint's contract: the schemas that validate its request and response. Routes validate
 * with it, /api/openapi.json is generated from it, tests check responses against it, and the client
 * takes its types from it.
 */
export interface EndpointContract {
  method: HttpMethod;
  /** Express-style path, e.g. `/api/queues/:queueId`. */
  path: string;
  summary: string;
  tag: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** Content type of a non-JSON request body (e.g. `text/csv`); JSON otherwise. */
  bodyContentType?: string;
  response: z.ZodType;
  responseStatus?: number;
  /** Content type of a non-JSON response (e.g. `text/csv`). */
  responseContentType?: string;
  /** Whether the endpoint is reachable without signing in. */
  isPublic?: boolean;
  /**
   * The roles that may call it; planning endpoints default to director and planner. Services narrow
   * further what each may see (a vendor manager only their partner's people, an agent only their own).
   */
  roles?: readonly Role[];
}

export const defineEndpoint = <T extends EndpointContract>(endpoint: T): T => endpoint;
