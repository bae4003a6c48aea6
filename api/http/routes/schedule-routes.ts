import { Router } from "express";
import type { Services } from "../../services/services";
import {
  addScheduleShift,
  calendarFeed,
  createSchedule,
  createScheduleVersion,
  deleteScheduleShift,
  exportScheduleVersion,
  getAgentShifts,
  getCalendarFeed,
  getMyShifts,
  getSchedule,
  getScheduleRoster,
  listSchedules,
  publishScheduleVersion,
  revokeCalendarFeed,
  rotateCalendarFeed,
  solveSchedule,
  updateScheduleShift,
} from "../../contracts/schedules";
import { getScheduleSimulation } from "../../contracts/simulation";
import {
  acceptScheduleRepair,
  listScheduleEvents,
  recordAbsence,
  repairSchedule,
} from "../../contracts/schedule-events";
import { etagOfRevision, revisionFromIfMatch } from "./if-match";
import { route } from "./route";

export function scheduleRoutes(services: Services): Router {
  const router = Router();
  const { schedules, publishedShifts, calendarFeeds, scheduleRepairs } = services;
  route(router, solveSchedule, ({ body }, { actor }) => schedules.solve(actor, body));
  route(router, createSchedule, ({ body }, { actor }) => schedules.create(actor, body));
  route(router, listSchedules, async (_input, { actor }) => ({ schedules: await schedules.list(actor) }));
  route(router, getSchedule, ({ params }, { actor }) => schedules.get(actor, params.scheduleId));
  route(router, getScheduleRoster, ({ params, query }, { actor }) => schedules.roster(actor, params.scheduleId, query));
  route(router, getScheduleSimulation, ({ params, query }, { actor }) =>
    services.simulations.simulate(actor, params.scheduleId, query.version, {
      volumeFactor: query.volumeFactor,
      absentAgentIds: query.absentAgentIds,
    }),
  );
  route(router, createScheduleVersion, ({ params, body }, { actor }) =>
    schedules.createVersion(actor, params.scheduleId, body.fromVersion),
  );
  route(router, addScheduleShift, async ({ params, body }, { actor, response }) => {
    const change = await schedules.addShift(actor, params.scheduleId, params.versionNumber, body);
    response.setHeader("ETag", etagOfRevision(change.shift.revision));
    return change;
  });
  route(router, updateScheduleShift, async ({ params, body }, { actor, request, response }) => {
    const change = await schedules.updateShift(
      actor,
      params.scheduleId,
      params.shiftId,
      body,
      revisionFromIfMatch(request, "shift"),
    );
    response.setHeader("ETag", etagOfRevision(change.shift.revision));
    return change;
  });
  route(router, deleteScheduleShift, ({ params }, { actor, request }) =>
    schedules.deleteShift(actor, params.scheduleId, params.shiftId, revisionFromIfMatch(request, "shift")),
  );
  route(router, publishScheduleVersion, ({ params, body }, { actor }) =>
    schedules.publish(actor, params.scheduleId, params.versionNumber, body ?? {}),
  );
  route(router, recordAbsence, ({ params, body }, { actor }) =>
    scheduleRepairs.recordAbsence(actor, params.scheduleId, body),
  );
  route(router, listScheduleEvents, ({ params }, { actor }) => scheduleRepairs.listEvents(actor, params.scheduleId));
  route(router, repairSchedule, ({ params, body }, { actor }) =>
    scheduleRepairs.propose(actor, params.scheduleId, body),
  );
  route(router, acceptScheduleRepair, ({ params }, { actor }) =>
    scheduleRepairs.accept(actor, params.scheduleId, params.proposalId),
  );
  route(router, exportScheduleVersion, async ({ params }, { actor, response }) => {
    response.attachment(`schedule-${params.scheduleId}-v${params.versionNumber}.csv`);
    return schedules.exportCsv(actor, params.scheduleId, params.versionNumber);
  });
  route(router, getMyShifts, ({ query }, { actor }) => publishedShifts.mine(actor, query));
  route(router, getAgentShifts, ({ params, query }, { actor }) =>
    publishedShifts.ofAgent(actor, params.agentId, query),
  );
  route(router, getCalendarFeed, (_input, { actor }) => calendarFeeds.state(actor));
  route(router, rotateCalendarFeed, (_input, { actor, request }) =>
    calendarFeeds.rotate(actor, `${request.protocol}://${request.get("host")}`),
  );
  route(router, revokeCalendarFeed, (_input, { actor }) => calendarFeeds.revoke(actor));
  route(router, calendarFeed, async ({ params }, { response }) => {
    response.setHeader("Cache-Control", "private, max-age=300");
    response.setHeader("Referrer-Policy", "no-referrer");
    return calendarFeeds.render(params.token);
  });
  return router;
}
