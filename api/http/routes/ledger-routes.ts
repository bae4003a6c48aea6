import { Router } from "express";
import type { Services } from "../../services/services";
import {
  addChangeSetNote,
  exportFairWorkweekReport,
  exportScheduleChanges,
  getFairWorkweekReport,
  listScheduleChanges,
} from "../../contracts/schedule-changes";
import {
  getMyNotifications,
  getNotificationPreferences,
  markAllNotificationsRead,
  markNotificationRead,
  setNotificationPreferences,
} from "../../contracts/notifications";
import { route } from "./route";

/** The change ledger of schedules and the agents' change messages. */
export function ledgerRoutes(services: Services): Router {
  const router = Router();
  const { scheduleLedger, notifications } = services;
  route(router, listScheduleChanges, ({ params, query }, { actor }) =>
    scheduleLedger.list(actor, params.scheduleId, query),
  );
  route(router, exportScheduleChanges, async ({ params, query }, { actor, response }) => {
    response.attachment(`schedule-${params.scheduleId}-changes.csv`);
    return scheduleLedger.exportCsv(actor, params.scheduleId, query);
  });
  route(router, addChangeSetNote, ({ params, body }, { actor }) =>
    scheduleLedger.addNote(actor, params.scheduleId, params.changeSetId, body),
  );
  route(router, getFairWorkweekReport, ({ params, query }, { actor }) =>
    scheduleLedger.fairWorkweek(actor, params.scheduleId, query),
  );
  route(router, exportFairWorkweekReport, async ({ params, query }, { actor, response }) => {
    response.attachment(`schedule-${params.scheduleId}-fair-workweek.csv`);
    return scheduleLedger.fairWorkweekCsv(actor, params.scheduleId, query);
  });
  route(router, getMyNotifications, (_input, { actor }) => notifications.mine(actor));
  route(router, markAllNotificationsRead, (_input, { actor }) => notifications.markRead(actor, null));
  route(router, markNotificationRead, ({ params }, { actor }) => notifications.markRead(actor, params.notificationId));
  route(router, getNotificationPreferences, (_input, { actor }) => notifications.preferences(actor));
  route(router, setNotificationPreferences, ({ body }, { actor }) => notifications.setPreferences(actor, body));
  return router;
}
