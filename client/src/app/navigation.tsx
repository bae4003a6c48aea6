import type { ComponentType } from "react";
import type { Role } from "../../../api/http/contracts/roles";
import { AgentsPage } from "../features/agents/components/AgentsPage";
import { CapacityPage } from "../features/capacity/components/CapacityPage";
import { ForecastPage } from "../features/forecast/components/ForecastPage";
import { MyShiftsPage } from "../features/my-shifts/components/MyShiftsPage";
import { ProfilePage } from "../features/profile/components/ProfilePage";
import { QueuesPage } from "../features/queues/components/QueuesPage";
import { RosterPage } from "../features/roster/components/RosterPage";
import { StaffingPage } from "../features/staffing/components/StaffingPage";
import { TimeOffPage } from "../features/time-off/components/TimeOffPage";
import { UsersPage } from "../features/users/components/UsersPage";

export interface NavigationItem {
  path: string;
  label: string;
  page: ComponentType;
  /** Who sees the entry; the API enforces the same roles on the data behind it. */
  roles: readonly Role[];
}

const planners: readonly Role[] = ["director", "planner"];
const people: readonly Role[] = ["director", "planner", "vendor_manager"];
const everyone: readonly Role[] = ["director", "planner", "vendor_manager", "agent"];

/** Main navigation: an entry exists only where its page does. */
export const navigation: NavigationItem[] = [
  { path: "/my-shifts", label: "My shifts", page: MyShiftsPage, roles: ["agent"] },
  { path: "/queues", label: "Queues", page: QueuesPage, roles: people },
  { path: "/forecast", label: "Forecast", page: ForecastPage, roles: planners },
  { path: "/agents", label: "Agents", page: AgentsPage, roles: people },
  { path: "/capacity", label: "Capacity", page: CapacityPage, roles: planners },
  { path: "/staffing", label: "Staffing", page: StaffingPage, roles: planners },
  { path: "/roster", label: "Roster", page: RosterPage, roles: planners },
  { path: "/time-off", label: "Time off", page: TimeOffPage, roles: ["director", "vendor_manager", "agent"] },
  { path: "/people", label: "People", page: UsersPage, roles: ["director", "vendor_manager"] },
  { path: "/profile", label: "Profile", page: ProfilePage, roles: everyone },
];
