import type { DataSource } from "typeorm";
import { createPersistence } from "../persistence/repositories";
import { createAgentService } from "./agent-service";
import { createHealthService } from "./health-service";
import { createHistoryService } from "./history-service";
import { createOrganisationContext } from "./organisation-context";
import { createQueueService } from "./queue-service";

export interface ServiceDependencies {
  dataSource: DataSource;
  version: string;
  clock?: () => Date;
}

/** The use cases the HTTP API and the CLI share. */
export function createServices({ dataSource, version, clock = () => new Date() }: ServiceDependencies) {
  const persistence = createPersistence(dataSource);
  const queues = createQueueService(persistence.repositories.queues);
  return {
    health: createHealthService(dataSource, version),
    organisationContext: createOrganisationContext(persistence.repositories.organisations, clock),
    queues,
    agents: createAgentService(persistence, clock),
    history: createHistoryService(persistence, queues),
  };
}

export type Services = ReturnType<typeof createServices>;
