import { z } from "zod";
import { DAYS_PER_WEEK, MINUTES_PER_DAY } from "./durations";

/**
 * The minimum shift design instance (Musliu, Schaerf & Slany 2004; Di Gaspero et al. 2007), in the
 * JSON layout of the DBAI benchmark conversion used by `shift-design --input`: a cyclic week from
 * Monday 00:00 cut into slots, required workers per slot, and shift types that bound where a shift
 * may start and how long it may last. Fields of the original format that the objective ignores
 * (`id`, `description`, `opaExtras`, `source`, `bestKnown`, the HH:mm mirrors of the slot fields)
 * are accepted and dropped.
 */

const count = z.number().int().min(0);

export const shiftTypeSchema = z
  .object({
    name: z.string().min(1),
    minStartSlot: count.describe("earliest start, in slots after 00:00 of the shift's day"),
    maxStartSlot: count.describe("latest start, in slots after 00:00 of the shift's day"),
    minLengthSlots: z.number().int().min(1),
    maxLengthSlots: z.number().int().min(1),
  })
  .refine((type) => type.minStartSlot <= type.maxStartSlot, {
    message: "minStartSlot must not exceed maxStartSlot",
    path: ["maxStartSlot"],
  })
  .refine((type) => type.minLengthSlots <= type.maxLengthSlots, {
    message: "minLengthSlots must not exceed maxLengthSlots",
    path: ["maxLengthSlots"],
  });

export const shiftDesignObjectiveSchema = z.object({
  weightShortage: z.number().min(0).describe("cost per person-minute short"),
  weightExcess: z.number().min(0).describe("cost per person-minute over"),
  weightShiftCount: z.number().min(0).describe("cost per distinct shift used"),
  deviationUnit: z.literal("person-minutes").optional(),
});

export const shiftDesignInstanceSchema = z
  .object({
    slotMinutes: z
      .number()
      .int()
      .min(1)
      .max(MINUTES_PER_DAY)
      .refine((minutes) => MINUTES_PER_DAY % minutes === 0, {
        message: "must divide a day (1440 minutes)",
      }),
    days: z.literal(DAYS_PER_WEEK).optional(),
    cyclic: z.literal(true).optional(),
    requirements: z.array(count).min(1).describe("required workers per slot, Monday 00:00 first, 7 days"),
    shiftTypes: z.array(shiftTypeSchema).min(1),
    objective: shiftDesignObjectiveSchema,
  })
  .superRefine((instance, context) => {
    const slotsPerDay = MINUTES_PER_DAY / instance.slotMinutes;
    if (!Number.isInteger(slotsPerDay)) return;
    if (instance.requirements.length !== DAYS_PER_WEEK * slotsPerDay) {
      context.addIssue({
        code: "custom",
        path: ["requirements"],
        message: `must hold ${DAYS_PER_WEEK * slotsPerDay} slots (7 days of ${slotsPerDay}), got ${instance.requirements.length}`,
      });
    }
    instance.shiftTypes.forEach((type, index) => {
      if (type.maxStartSlot >= slotsPerDay) {
        context.addIssue({
          code: "custom",
          path: ["shiftTypes", index, "maxStartSlot"],
          message: `must be below ${slotsPerDay} (slots per day)`,
        });
      }
      if (type.maxLengthSlots > slotsPerDay) {
        context.addIssue({
          code: "custom",
          path: ["shiftTypes", index, "maxLengthSlots"],
          message: `must not exceed ${slotsPerDay} (one day)`,
        });
      }
    });
  });

export type ShiftDesignInstance = z.infer<typeof shiftDesignInstanceSchema>;

export const shiftDesignSolutionSchema = z.object({
  shifts: z
    .array(
      z.object({
        startSlot: count.describe("start, in slots after 00:00 of each day it is worked"),
        lengthSlots: z.number().int().min(1).describe("length in slots"),
        workersPerDay: z
          .array(count)
          .length(DAYS_PER_WEEK)
          .describe("workers starting the shift on each day, Monday first"),
      }),
    )
    .describe("the shifts of the design"),
  objective: z
    .object({
      shortageMinutes: z.number().min(0).describe("person-minutes short over the week (2 decimals)"),
      excessMinutes: z.number().min(0).describe("person-minutes over the week (2 decimals)"),
      shiftCount: count.describe("distinct shifts used"),
      total: z.number().describe("weighted sum, the objective minimised (2 decimals)"),
    })
    .describe("what the design costs"),
  lowerBound: z.number().nullable().describe("proven lower bound on total (2 decimals); null when none was proven"),
  relativeGap: z.number().nullable().describe("(total − lowerBound) / total, a fraction (6 decimals)"),
  status: z
    .enum(["optimal", "time_limit", "interrupted", "infeasible", "unbounded", "error"])
    .describe("the solver's: optimal within the requested gap, or why it stopped"),
  solveSeconds: z.number().min(0).describe("wall-clock seconds (2 decimals)"),
});

export type ShiftDesignSolution = z.infer<typeof shiftDesignSolutionSchema>;
