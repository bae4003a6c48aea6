import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { staffingBatchRequest, staffingCase } from "../../api/contracts/staffing";
import { compileQuickParse, QUICK_REJECT, quickSafeParse } from "../../api/contracts/quick-parse";

const SEED = 20_261_207;

/** Values on and beside every bound of the staffing contract, and values of the wrong type. */
const numberish = fc.constantFrom<unknown>(
  -1,
  -0.5,
  0,
  0.2,
  0.5,
  0.8,
  1,
  1.5,
  2,
  20,
  50,
  51,
  300,
  3_600,
  10_000_000,
  10_000_001,
  2 ** 53,
  1e300,
  "20",
  null,
  true,
  [],
  {},
);
const wordish = fc.constantFrom<unknown>("erlang-c", "erlang-a", "voice", "chat", "email", "", 1, null);
/** Now and then (one field in seven) a value from `values`, else nothing. */
const sometimes = (values: fc.Arbitrary<unknown>) =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: 6 }, { arbitrary: values, weight: 1 });
const fieldNames = [
  "callsPerInterval",
  "intervalSeconds",
  "ahtSeconds",
  "targetAnswerSeconds",
  "targetServiceLevel",
  "targetAsaSeconds",
  "patienceSeconds",
  "shrinkage",
  "maxOccupancy",
  "agents",
  "concurrency",
  "surplus",
];
/** A usual case with a few fields changed, added or dropped, as JSON would carry it (no undefined values). */
const nearlyACase = fc
  .record({
    ...Object.fromEntries(fieldNames.map((name) => [name, sometimes(numberish)])),
    model: sometimes(wordish),
    channel: sometimes(wordish),
    dropped: sometimes(fc.constantFrom("callsPerInterval", "ahtSeconds", "targetServiceLevel")),
  })
  .map(({ dropped, ...fields }) => {
    const input: Record<string, unknown> = {
      callsPerInterval: 100,
      intervalSeconds: 1_800,
      ahtSeconds: 180,
      targetAnswerSeconds: 20,
      targetServiceLevel: 0.8,
    };
    for (const [name, value] of Object.entries(fields)) if (value !== undefined) input[name] = value;
    if (typeof dropped === "string") delete input[dropped];
    return input;
  });

const quickBatch = compileQuickParse(staffingBatchRequest)!;

describe("compileQuickParse", () => {
  it("follows every kind in the staffing batch contract", () => {
    expect(quickBatch).toBeTypeOf("function");
  });

  it("accepts exactly the cases zod accepts, with zod's parsed value (defaults filled in)", () => {
    const quickCase = compileQuickParse(staffingCase)!;
    let accepted = 0;
    fc.assert(
      fc.property(nearlyACase, (input) => {
        const expected = staffingCase.safeParse(input);
        const quick = quickCase(input);
        if (expected.success) {
          accepted++;
          expect(quick).toEqual(expected.data);
        } else expect(quick).toBe(QUICK_REJECT);
      }),
      { seed: SEED, numRuns: 3_000 },
    );
    expect(accepted).toBeGreaterThan(100);
  });

  it("refuses a batch that is empty, not an object, or has an unknown key, as zod does", () => {
    const valid = {
      callsPerInterval: 100,
      intervalSeconds: 1_800,
      ahtSeconds: 180,
      targetAnswerSeconds: 20,
      targetServiceLevel: 0.8,
    };
    for (const input of [
      { cases: [] },
      { cases: [valid], extra: 1 },
      [valid],
      null,
      { cases: [valid, { ...valid, ahtSeconds: 0 }] },
      JSON.parse(`{"cases":[${JSON.stringify(valid)}],"__proto__":1}`),
    ]) {
      expect(staffingBatchRequest.safeParse(input).success).toBe(false);
      expect(quickBatch(input)).toBe(QUICK_REJECT);
    }
    expect(quickBatch({ cases: [valid] })).toEqual(staffingBatchRequest.parse({ cases: [valid] }));
  });

  it("gives no quick path for schema kinds it does not follow", () => {
    const unfollowed = [
      z.string(),
      z.number().multipleOf(5),
      z.coerce.number(),
      z.int(),
      z.number().transform((value) => value * 2),
      z.looseObject({ count: z.number() }),
      z.object({ count: z.number() }),
      z.strictObject({ name: z.string() }),
      z.array(z.number()).length(2),
      z.number().default(1).optional(),
      z.enum(["a", "b"]).check(z.overwrite((value) => value)),
    ];
    for (const schema of unfollowed) expect(compileQuickParse(schema)).toBeUndefined();
  });

  it("runs a schema's refinements, and its bounds as zod does (inclusive and exclusive)", () => {
    const even = compileQuickParse(
      z.strictObject({
        count: z
          .number()
          .gt(0)
          .max(10)
          .int()
          .refine((value) => value % 2 === 0),
      }),
    )!;
    expect([0, 2, 10, 11, 3, 4.5].map((count) => even({ count }) !== QUICK_REJECT)).toEqual([
      false,
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});

describe("quickSafeParse", () => {
  const parseBatch = quickSafeParse(staffingBatchRequest);

  it("answers a valid batch as zod would", () => {
    const input = {
      cases: [
        {
          callsPerInterval: 100,
          intervalSeconds: 1_800,
          ahtSeconds: 180,
          targetAnswerSeconds: 20,
          targetServiceLevel: 0.8,
          channel: "chat",
          concurrency: 2,
        },
      ],
    };
    expect(parseBatch(input)).toEqual(staffingBatchRequest.safeParse(input));
  });

  it("leaves a refusal to zod, with zod's issues", () => {
    const input = {
      cases: [
        { callsPerInterval: -1, intervalSeconds: 1_800, ahtSeconds: 180, targetAnswerSeconds: 20, model: "erlang-a" },
      ],
    };
    const result = parseBatch(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual(staffingBatchRequest.safeParse(input).error?.issues);
  });
});
