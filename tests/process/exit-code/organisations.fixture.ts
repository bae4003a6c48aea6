import pg from "pg";
import { expect, inject, it } from "vitest";

/** Passes or fails on purpose, by SHIFTCAST_FIXTURE_ORGANISATIONS: the global setup makes exactly one organisation. */
it("finds as many organisations as the environment expects", async () => {
  const client = new pg.Client(inject("databaseUrl"));
  await client.connect();
  try {
    const { rows } = await client.query<{ count: number }>(`SELECT count(*)::int AS "count" FROM "organisations"`);
    expect(rows[0]!.count).toBe(Number(process.env.SHIFTCAST_FIXTURE_ORGANISATIONS));
  } finally {
    await client.end();
  }
});
