import type { z } from "zod";
import type { EndpointContract } from "../../../api/contracts/endpoint";
import type { ErrorResponse } from "../../../api/contracts/errors";

type Infer<T> = T extends z.ZodType ? z.input<T> : never;

export interface RequestParts<E extends EndpointContract> {
  params?: Infer<E["params"]>;
  query?: Partial<Infer<E["query"]>>;
  body?: Infer<E["body"]>;
  /** Extra request headers, e.g. If-Match with the revision an edit was made from. */
  headers?: Record<string, string>;
}

/**
 * An API error in the one shape the server answers with; `details` lists field problems. `body` is
 * the parsed answer as sent, for endpoints whose refusal carries a report (a rejected CSV import
 * answers 422 with the same report as a written one).
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown[],
    readonly body: unknown = null,
  ) {
    super(message);
  }
}

/** What to tell a person about a failed request: the server's message and code, else the error's own message. */
export const errorMessageOf = (error: unknown): string =>
  error instanceof ApiError
    ? `${error.message} (${error.code})`
    : error instanceof Error
      ? error.message
      : "Something went wrong";

let csrfToken: string | null = null;

/** The session's CSRF token, sent as X-CSRF-Token with every write (the session cookie alone is not enough). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

const unsafeMethods = new Set(["post", "put", "patch", "delete"]);

function pathOf(endpoint: EndpointContract, params: Record<string, string> = {}): string {
  return endpoint.path.replace(/:(\w+)/g, (_match, name: string) => encodeURIComponent(params[name] ?? ""));
}

/** Calls one endpoint by its contract, so paths, inputs and the result type come from api/contracts. */
export async function callApi<E extends EndpointContract>(
  endpoint: E,
  parts: RequestParts<E> = {},
): Promise<z.output<E["response"]>> {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries((parts.query ?? {}) as Record<string, unknown>)) {
    if (value !== undefined && value !== null) search.set(key, String(value));
  }
  const url = pathOf(endpoint, parts.params as Record<string, string>) + (search.size > 0 ? `?${search}` : "");
  const isJson = !endpoint.bodyContentType;
  const response = await fetch(url, {
    method: endpoint.method.toUpperCase(),
    headers: {
      ...(parts.body === undefined ? {} : { "Content-Type": endpoint.bodyContentType ?? "application/json" }),
      ...(csrfToken && unsafeMethods.has(endpoint.method) ? { "X-CSRF-Token": csrfToken } : {}),
      ...parts.headers,
    },
    body: parts.body === undefined ? undefined : isJson ? JSON.stringify(parts.body) : String(parts.body),
    credentials: "same-origin",
  });
  if (!response.ok) {
    const failure = (await response.json().catch(() => null)) as Partial<ErrorResponse> | null;
    throw new ApiError(
      response.status,
      failure?.error?.code ?? "http_error",
      failure?.error?.message ?? `${response.status} ${response.statusText}`,
      failure?.error?.details ?? [],
      failure,
    );
  }
  if (endpoint.responseContentType) return (await response.text()) as z.output<E["response"]>;
  return (await response.json()) as z.output<E["response"]>;
}
