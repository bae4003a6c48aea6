import type { Role } from "../actor";
import type { OutgoingMail } from "../../infrastructure/mail/mailer";

const roleNames: Record<Role, string> = {
  director: "a director",
  planner: "a planner",
  vendor_manager: "a vendor manager",
  agent: "an agent",
};

/** The message that carries an invitation's link to the person invited. */
export function invitationMail(invitation: {
  email: string;
  displayName: string;
  role: Role;
  acceptUrl: string;
  expiresAt: string;
}): OutgoingMail {
  return {
    to: invitation.email,
    subject: "Your invitation to Shiftcast",
    text: [
      `Hello ${invitation.displayName},`,
      "",
      `You are invited to Shiftcast as ${roleNames[invitation.role]}. Open this link to choose your password and sign in:`,
      "",
      invitation.acceptUrl,
      "",
      `The link works once, until ${invitation.expiresAt} (UTC). If you did not expect it, ignore this message.`,
      "",
    ].join("\n"),
  };
}
