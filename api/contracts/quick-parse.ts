import type { z } from "zod";

/**
 * A quick accept path through a zod schema, for big bodies that are almost always valid (a year of
 * staffing cases). zod 4 carries every value through layers of generic code (a generated parser per
 * object shape, a payload and an issue list per field, the check runner) that V8 has not compiled
 * yet in a one-shot process such as the CLI, so cold validation of 8,760 cases cost more than
 * computing them. compileQuickParse walks the schema once and builds one small function per node
 * that follows zod's accept path only: it tests the types itself (the few lines of zod's own
 * number/enum/object/array parsers), tests the bounds, integer formats and length limits that the
 * schema's checks hold (read from the schema, so the rules stay the contract's, not a copy), runs
 * its refinements with zod's own code, and gives up at the first problem.
 * quickSafeParse answers from it when it accepts and asks zod otherwise, so every refusal, and
 * every message, is zod's. Schema kinds other than those below yield no quick path at all (zod
 * alone), never a guess. Checks are reached through `_zod`, zod 4's documented internals for
 * library authors (https://zod.dev/library-authors).
 */
export const QUICK_REJECT: unique symbol = Symbol("quick parse rejected");

/** A value's parsed form, or QUICK_REJECT where zod has to decide. */
type QuickNode = (input: unknown) => unknown;
type Schema = z.core.$ZodType;
/** Typed by zod for the schema's own output; run here on the value the node produced, which is that output. */
type Check = z.core.$ZodCheck<never>;
type Payload = z.core.ParsePayload<never>;

/** zod's forward run of custom checks (refinements) on a value that has no issue yet; false at the first issue. */
function passesCustomChecks(checks: readonly Check[], payload: Payload): boolean {
  for (const check of checks) {
    const when = check._zod.def.when;
    if (when && !when(payload)) continue;
    const outcome: unknown = check._zod.check(payload);
    if (outcome instanceof Promise || payload.issues.length > 0) return false;
  }
  return true;
}

/**
 * Wraps a node so that the schema's refinements run on its output, as zod runs checks after the
 * parse. Built-in checks are not run here: calling each through zod's check objects cost more than
 * the rest of the quick path together, so the number and array nodes fold them into their own test.
 */
function withCustomChecks(schema: Schema, node: QuickNode): QuickNode | undefined {
  const checks: readonly Check[] = schema._zod.def.checks ?? [];
  const custom = checks.filter((check) => check._zod.def.check === "custom");
  if (custom.length === 0) return node;
  return (input) => {
    const value = node(input);
    if (value === QUICK_REJECT) return QUICK_REJECT;
    const payload: Payload = { value: value as never, issues: [] };
    return passesCustomChecks(custom, payload) ? payload.value : QUICK_REJECT;
  };
}

/** The defs of a schema's built-in checks, or undefined when one is of a kind not in `kinds`. */
function builtInChecks(schema: Schema, kinds: readonly string[]): z.core.$ZodCheckDef[] | undefined {
  const defs = (schema._zod.def.checks ?? []).map((check) => check._zod.def).filter((def) => def.check !== "custom");
  return defs.every((def) => kinds.includes(def.check)) ? defs : undefined;
}

/**
 * z.number(): a finite number (zod's number parser), then its checks as zod's check classes test
 * them: greater_than / less_than against `value` (inclusive or not), and the safe-integer format of
 * .int(). The bounds are folded into one range so that a field costs one test.
 */
function numberNode(schema: Schema, def: z.core.$ZodNumberDef): QuickNode | undefined {
  if (def.coerce) return undefined;
  const checks = builtInChecks(schema, ["greater_than", "less_than", "number_format"]);
  if (!checks) return undefined;
  let lowest = Number.NEGATIVE_INFINITY,
    isLowestAllowed = true,
    highest = Number.POSITIVE_INFINITY,
    isHighestAllowed = true,
    isInteger = false;
  for (const check of checks) {
    if (check.check === "number_format") {
      if ((check as z.core.$ZodCheckNumberFormatDef).format !== "safeint") return undefined;
      isInteger = true;
      continue;
    }
    const { value, inclusive } = check as z.core.$ZodCheckGreaterThanDef;
    if (typeof value !== "number") return undefined;
    if (check.check === "greater_than" && (value > lowest || (value === lowest && !inclusive)))
      [lowest, isLowestAllowed] = [value, inclusive];
    if (check.check === "less_than" && (value < highest || (value === highest && !inclusive)))
      [highest, isHighestAllowed] = [value, inclusive];
  }
  return (input) => {
    if (typeof input !== "number" || !Number.isFinite(input)) return QUICK_REJECT;
    if (
      input < lowest ||
      (input === lowest && !isLowestAllowed) ||
      input > highest ||
      (input === highest && !isHighestAllowed)
    )
      return QUICK_REJECT;
    return isInteger && !Number.isSafeInteger(input) ? QUICK_REJECT : input;
  };
}

const isPlainObject = (input: unknown): input is Record<string, unknown> =>
  typeof input === "object" && input !== null && !Array.isArray(input);

/**
 * z.strictObject(): a plain object whose keys are all in the shape, each value passing its field;
 * the output holds the same keys and values as zod's (defaults of absent fields filled in), in the
 * input's key order. One pass over the keys the input has rather than a lookup per key of the
 * shape: a staffing case carries five of its thirteen fields, and looking the others up in each
 * case cost more than the checks. Objects that strip or keep unknown keys are not followed.
 */
function strictObjectNode(def: z.core.$ZodObjectDef): QuickNode | undefined {
  if (def.catchall?._zod.def.type !== "never") return undefined;
  const keys = Object.keys(def.shape);
  if (Object.getOwnPropertySymbols(def.shape).length > 0 || keys.includes("__proto__")) return undefined;
  const fields = new Map<string, { node: QuickNode; isRequired: boolean }>();
  const defaulted: Array<{ key: string; node: QuickNode }> = [];
  for (const key of keys) {
    const schema = def.shape[key]!;
    const node = compileNode(schema);
    if (!node) return undefined;
    // What an absent key is, as zod's object parser reads it: required, optional (stays absent) or defaulted.
    const absence = schema._zod.optin;
    fields.set(key, { node, isRequired: absence === undefined });
    if (absence === "defaulted") defaulted.push({ key, node });
  }
  const requiredCount = [...fields.values()].filter((field) => field.isRequired).length;
  return (input) => {
    if (!isPlainObject(input)) return QUICK_REJECT;
    const output: Record<string, unknown> = {};
    let requiredSeen = 0;
    for (const key in input) {
      const field = fields.get(key);
      // An unknown key, or one present with the value undefined (never so in JSON), is left to zod.
      if (field === undefined || input[key] === undefined) return QUICK_REJECT;
      const value = field.node(input[key]);
      if (value === QUICK_REJECT) return QUICK_REJECT;
      if (field.isRequired) requiredSeen++;
      output[key] = value;
    }
    if (requiredSeen < requiredCount) return QUICK_REJECT;
    // The default is taken per parse, as zod does (it may be a fresh object, or made by a function).
    for (const { key, node } of defaulted) if (!(key in output)) output[key] = node(undefined);
    return output;
  };
}

/** z.array(): an array (zod's array parser) of elements that pass, of a length within its min/max checks. */
function arrayNode(schema: Schema, def: z.core.$ZodArrayDef): QuickNode | undefined {
  const checks = builtInChecks(schema, ["min_length", "max_length"]);
  const element = compileNode(def.element);
  if (!checks || !element) return undefined;
  const minima = checks
    .filter((check) => check.check === "min_length")
    .map((check) => (check as z.core.$ZodCheckMinLengthDef).minimum);
  const maxima = checks
    .filter((check) => check.check === "max_length")
    .map((check) => (check as z.core.$ZodCheckMaxLengthDef).maximum);
  const minimum = Math.max(0, ...minima);
  const maximum = Math.min(Number.POSITIVE_INFINITY, ...maxima);
  return (input) => {
    if (!Array.isArray(input) || input.length < minimum || input.length > maximum) return QUICK_REJECT;
    const output = new Array<unknown>(input.length);
    for (let index = 0; index < input.length; index++) {
      const value = element(input[index]);
      if (value === QUICK_REJECT) return QUICK_REJECT;
      output[index] = value;
    }
    return output;
  };
}

function optionalNode(def: z.core.$ZodOptionalDef): QuickNode | undefined {
  // zod lets an inner default fill an absent value here; not worth following.
  if (def.innerType._zod.optin === "defaulted") return undefined;
  const inner = compileNode(def.innerType);
  if (!inner) return undefined;
  return (input) => (input === undefined ? undefined : inner(input));
}

function defaultNode(def: z.core.$ZodDefaultDef): QuickNode | undefined {
  const inner = compileNode(def.innerType);
  if (!inner) return undefined;
  return (input) => (input === undefined ? def.defaultValue : inner(input));
}

/** The node of a schema kind that has no built-in checks of its own (refinements aside). */
function uncheckedNode(schema: Schema, def: z.core.$ZodTypes["_zod"]["def"]): QuickNode | undefined {
  switch (def.type) {
    case "enum": {
      const values = new Set<unknown>((schema as z.core.$ZodEnum)._zod.values);
      return (input) => (values.has(input) ? input : QUICK_REJECT);
    }
    case "object":
      return strictObjectNode(def);
    case "optional":
      return optionalNode(def);
    case "default":
      return defaultNode(def);
    default:
      return undefined;
  }
}

/** The quick node of a schema, or undefined where the schema is of a kind this does not follow. */
function compileNode(schema: Schema): QuickNode | undefined {
  // A schema that is itself a check (z.int(), say) runs as one; not followed.
  if (schema._zod.traits.has("$ZodCheck")) return undefined;
  const def = schema._zod.def as z.core.$ZodTypes["_zod"]["def"];
  let node: QuickNode | undefined;
  if (def.type === "number") node = numberNode(schema, def);
  else if (def.type === "array") node = arrayNode(schema, def);
  else if (builtInChecks(schema, [])) node = uncheckedNode(schema, def);
  return node && withCustomChecks(schema, node);
}

/** The quick parse of `schema`: the parsed value, or QUICK_REJECT where zod must decide; undefined when the schema has a kind it does not follow. */
export function compileQuickParse(schema: Schema): ((input: unknown) => unknown) | undefined {
  return compileNode(schema);
}

/** `schema.safeParse`, answered by the quick path when it accepts the input and by zod otherwise. */
export function quickSafeParse<T extends z.ZodType>(schema: T): (input: unknown) => z.ZodSafeParseResult<z.output<T>> {
  const quick = compileQuickParse(schema);
  return (input) => {
    const data = quick ? quick(input) : QUICK_REJECT;
    if (data === QUICK_REJECT) return schema.safeParse(input);
    return { success: true, data: data as z.output<T> };
  };
}
