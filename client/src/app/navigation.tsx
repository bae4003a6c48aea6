import { lazy, type ComponentType } from "react";
import type { Role } from "../../../api/contracts/roles";

/**
 * Pages load on first visit (React.lazy), so the first paint does not wait for ECharts, FullCalendar
 * or luxon; App renders each page inside Suspense with the Loading state.
 */
const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(() => load().then((module) => ({ default: module[name] })));

const AgentsPage = page(() => import("../features/agents/components/AgentsPage"), "AgentsPage");
const CapacityPage = page(() => import("../features/capacity/components/CapacityPage"), "CapacityPage");
const KpiPage = page(() => import("../features/kpis/components/KpiPage"), "KpiPage");
const ForecastPage = page(() => import("../features/forecast/components/ForecastPage"), "ForecastPage");
const MyShiftsPage = page(() => import("../features/my-shifts/components/MyShiftsPage"), "MyShiftsPage");
const ProfilePage = page(() => import("../features/profile/components/ProfilePage"), "ProfilePage");
const QueuesPage = page(() => import("../features/queues/components/QueuesPage"), "QueuesPage");
const RosterPage = page(() => import("../features/roster/components/RosterPage"), "RosterPage");
const StaffingPage = page(() => import("../features/staffing/components/StaffingPage"), "StaffingPage");
const TimeOffPage = page(() => import("../features/time-off/components/TimeOffPage"), "TimeOffPage");
const UsersPage = page(() => import("../features/users/components/UsersPage"), "UsersPage");

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
  { path: "/kpis", label: "KPIs", page: KpiPage, roles: people },
  { path: "/capacity", label: "Capacity", page: CapacityPage, roles: planners },
  { path: "/staffing", label: "Staffing", page: StaffingPage, roles: planners },
  { path: "/roster", label: "Roster", page: RosterPage, roles: planners },
  { path: "/time-off", label: "Time off", page: TimeOffPage, roles: ["director", "vendor_manager", "agent"] },
  { path: "/people", label: "People", page: UsersPage, roles: ["director", "vendor_manager"] },
  { path: "/profile", label: "Profile", page: ProfilePage, roles: everyone },
];
