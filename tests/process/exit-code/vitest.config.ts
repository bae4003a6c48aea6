import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * A one-file run with the db project's global setup, for tests/process/exit-code.test.ts: with
 * DATABASE_URL unset it starts the embedded PostgreSQL as `npm test` does.
 */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL("../../..", import.meta.url)),
    include: ["tests/process/exit-code/organisations.fixture.ts"],
    environment: "node",
    globalSetup: ["tests/support/global-setup.ts"],
    hookTimeout: 180_000,
  },
});
