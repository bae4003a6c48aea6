import type { ComponentType } from "react";
import { AgentsPage } from "../features/agents/components/AgentsPage";
import { CapacityPage } from "../features/capacity/components/CapacityPage";
import { ForecastPage } from "../features/forecast/components/ForecastPage";
import { QueuesPage } from "../features/queues/components/QueuesPage";
import { StaffingPage } from "../features/staffing/components/StaffingPage";

export interface NavigationItem {
  path: string;
  label: string;
  page: ComponentType;
}

/** Main navigation: an entry exists only where its page does. */
export const navigation: NavigationItem[] = [
  { path: "/queues", label: "Queues", page: QueuesPage },
  { path: "/forecast", label: "Forecast", page: ForecastPage },
  { path: "/agents", label: "Agents", page: AgentsPage },
  { path: "/capacity", label: "Capacity", page: CapacityPage },
  { path: "/staffing", label: "Staffing", page: StaffingPage },
];
