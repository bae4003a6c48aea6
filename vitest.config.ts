import { defineConfig } from "vitest/config";

/**
 * Two projects: `unit` (pure domain and CLI code, no database) and `db` (everything that talks to
 * PostgreSQL: one fresh database per run, created and dropped by the global setup).
 */
export default defineConfig({
  test: {
    reporters: ["default", "./tests/support/count-reporter.ts"],
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/**/*.test.ts"],
          exclude: [
            "tests/http/**",
            "tests/process/**",
            "tests/persistence/**",
            "tests/services/**",
            "tests/jobs/**",
            "tests/browser/**",
            "tests/migrations/**",
          ],
          environment: "node",
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: "db",
          include: [
            "tests/http/**/*.test.ts",
            "tests/process/**/*.test.ts",
            "tests/persistence/**/*.test.ts",
            "tests/services/**/*.test.ts",
            "tests/jobs/**/*.test.ts",
            "tests/migrations/**/*.test.ts",
            "tests/browser/**/*.test.ts",
          ],
          environment: "node",
          globalSetup: ["tests/support/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
