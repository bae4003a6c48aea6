import { z } from "zod";
import { idParams, isoInstant, uuid } from "./common";
import { defineEndpoint } from "./endpoint";
import { everyRole } from "./roles";

const localSpan = z.object({
  startLocal: z.string().describe("ISO 8601 with the offset in force in the agent's zone"),
  endLocal: z.string(),
});

export const notification = z.object({
  id: uuid,
  changeSetId: uuid,
  subject: z.string(),
  body: z.string().describe("the message as text: old and new shifts in the agent's zone, and why"),
  shifts: z.array(
    z.object({
      shiftKey: uuid,
      change: z.enum(["added", "removed", "changed"]),
      before: localSpan.nullable(),
      after: localSpan.nullable(),
    }),
  ),
  createdAt: isoInstant,
  readAt: isoInstant.nullable(),
});

export const getMyNotifications = defineEndpoint({
  method: "get",
  path: "/api/me/notifications",
  roles: everyRole,
  summary:
    "The signed-in agent's notifications of changed shifts, newest first (the last 100), and how many are unread",
  tag: "notifications",
  response: z.object({ unreadCount: z.number().int().min(0), notifications: z.array(notification) }),
});

export const markNotificationRead = defineEndpoint({
  method: "post",
  path: "/api/me/notifications/:notificationId/read",
  roles: everyRole,
  summary: "Mark one of the agent's notifications read",
  tag: "notifications",
  params: idParams("notificationId"),
  response: z.object({ unreadCount: z.number().int().min(0) }),
});

export const markAllNotificationsRead = defineEndpoint({
  method: "post",
  path: "/api/me/notifications/read",
  roles: everyRole,
  summary: "Mark all of the agent's notifications read",
  tag: "notifications",
  response: z.object({ unreadCount: z.number().int().min(0) }),
});

export const notificationPreferences = z.object({
  inApp: z.boolean().describe("messages in the app, with the unread count on My shifts"),
  email: z.boolean().describe("an e-mail per change set to the agent's address"),
});

export const getNotificationPreferences = defineEndpoint({
  method: "get",
  path: "/api/me/notification-preferences",
  roles: everyRole,
  summary:
    "The channels the signed-in agent gets change messages on (the iCal feed is managed with /api/me/calendar-feed)",
  tag: "notifications",
  response: notificationPreferences,
});

export const setNotificationPreferences = defineEndpoint({
  method: "put",
  path: "/api/me/notification-preferences",
  roles: everyRole,
  summary: "Choose the channels for change messages",
  tag: "notifications",
  body: notificationPreferences,
  response: notificationPreferences,
});
