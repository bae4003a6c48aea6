import type { Request } from "express";
import type { ExpectedRevision } from "../../services/schedule-service";
import { validationFailed } from "../../errors/app-errors";
import { preconditionRequired } from "../edge-errors";

/**
 * The revision a write was made from, read from If-Match (RFC 9110 §13.1.1): the strong entity tag
 * the resource's ETag carried (`"3"`), or `*` for whatever revision is current. Without it the write
 * is refused with 428 (RFC 6585 §3): a blind overwrite is what loses concurrent edits. Weak tags and
 * lists are refused as malformed: the ETag of a revision is one strong tag.
 */
export function revisionFromIfMatch(request: Request, what: string): ExpectedRevision {
  const header = request.get("if-match")?.trim();
  if (!header) throw preconditionRequired(what);
  if (header === "*") return "any";
  const revision = /^"([1-9]\d{0,8})"$/.exec(header)?.[1];
  if (revision === undefined)
    throw validationFailed([
      { path: "headers.if-match", message: `expected the ${what}'s ETag, one revision in quotes such as "3", or *` },
    ]);
  return Number(revision);
}

/** The ETag of a revision, as If-Match sends it back. */
export const etagOfRevision = (revision: number) => `"${revision}"`;
