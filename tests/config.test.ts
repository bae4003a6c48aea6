import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../api/config";

describe("loadConfig", () => {
  it("rejects a DATABASE_URL that is not a postgres URL, naming the variable", () => {
    expect(() => loadConfig({ DATABASE_URL: "mysql://root@localhost/db" })).toThrow(ConfigError);
    expect(() => loadConfig({ DATABASE_URL: "not a url" })).toThrow(/DATABASE_URL/);
  });

  it("rejects a port out of range", () => {
    expect(() => loadConfig({ PORT: "70000" })).toThrow(/PORT/);
  });

  it("defaults to the embedded database in ./data on port 3000", () => {
    const config = loadConfig({});
    expect(config.databaseUrl).toBeUndefined();
    expect(config.port).toBe(3000);
    expect(config.dataDirectory.endsWith("/data")).toBe(true);
  });

  it("writes no mail by default and resolves SHIFTCAST_MAIL_DIRECTORY to an absolute path", () => {
    expect(loadConfig({}).mailDirectory).toBeUndefined();
    const config = loadConfig({
      SHIFTCAST_MAIL_DIRECTORY: "outbox",
      SHIFTCAST_MAIL_FROM: "Planning <planning@example.test>",
    });
    expect(config.mailDirectory).toMatch(/^\/.*\/outbox$/);
    expect(config.mailFrom).toBe("Planning <planning@example.test>");
  });

  it("serves HTTP from one worker per core, at most four, unless SHIFTCAST_HTTP_WORKERS says otherwise", () => {
    expect(loadConfig({}).httpWorkers).toBe(Math.min(availableParallelism(), 4));
    expect(loadConfig({ SHIFTCAST_HTTP_WORKERS: "1" }).httpWorkers).toBe(1);
    expect(() => loadConfig({ SHIFTCAST_HTTP_WORKERS: "0" })).toThrow(/SHIFTCAST_HTTP_WORKERS/);
  });

  it("writes a solve job's heartbeat every 5 s and takes its worker as lost after 30 s, and refuses a loss sooner than two heartbeats", () => {
    expect(loadConfig({})).toMatchObject({ solveHeartbeatSeconds: 5, solveStaleSeconds: 30 });
    expect(loadConfig({ SHIFTCAST_SOLVE_HEARTBEAT_SECONDS: "1", SHIFTCAST_SOLVE_STALE_SECONDS: "4" })).toMatchObject({
      solveHeartbeatSeconds: 1,
      solveStaleSeconds: 4,
    });
    expect(() => loadConfig({ SHIFTCAST_SOLVE_HEARTBEAT_SECONDS: "10", SHIFTCAST_SOLVE_STALE_SECONDS: "15" })).toThrow(
      /SHIFTCAST_SOLVE_STALE_SECONDS: must be at least twice/,
    );
  });

  it("accepts a postgresql:// URL", () => {
    expect(loadConfig({ DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/postgres" }).databaseUrl).toBe(
      "postgresql://postgres@127.0.0.1:5432/postgres",
    );
  });
});
