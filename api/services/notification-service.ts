import type { z } from "zod";
import type { setNotificationPreferences } from "../contracts/notifications";
import { notFound } from "../errors/app-errors";
import type { Persistence } from "../persistence/repositories";
import type { Actor } from "./actor";

/** How many notifications the list shows, newest first. */
const listLimit = 100;

/** The signed-in agent's change messages (the in-app channel) and the channels they chose. */
export function createNotificationService(persistence: Persistence, clock: () => Date) {
  const { repositories } = persistence;

  const ownAgentId = (actor: Actor): string => {
    if (actor.kind !== "user" || !actor.agentId) throw notFound("Agent");
    return actor.agentId;
  };
  const presentPreferences = (preferences: { isInApp: boolean; isEmail: boolean }) => ({
    inApp: preferences.isInApp,
    email: preferences.isEmail,
  });

  return {
    async mine(actor: Actor) {
      const agentId = ownAgentId(actor);
      const [notifications, unreadCount] = await Promise.all([
        repositories.notifications.listInApp(agentId, listLimit),
        repositories.notifications.unreadCount(agentId),
      ]);
      return { unreadCount, notifications };
    },
    async markRead(actor: Actor, notificationId: string | null) {
      const agentId = ownAgentId(actor);
      if (notificationId !== null && !(await repositories.notifications.exists(agentId, notificationId)))
        throw notFound("Notification");
      await repositories.notifications.markRead(agentId, notificationId, clock());
      return { unreadCount: await repositories.notifications.unreadCount(agentId) };
    },
    async preferences(actor: Actor) {
      return presentPreferences(await repositories.notifications.preferences(ownAgentId(actor)));
    },
    async setPreferences(actor: Actor, body: z.output<typeof setNotificationPreferences.body>) {
      const agentId = ownAgentId(actor);
      await repositories.notifications.setPreferences(agentId, { isInApp: body.inApp, isEmail: body.email }, clock());
      return presentPreferences(await repositories.notifications.preferences(agentId));
    },
  };
}

export type NotificationService = ReturnType<typeof createNotificationService>;
