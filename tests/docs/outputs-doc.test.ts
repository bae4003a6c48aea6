import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderOutputDocs } from "../../api/http/output-docs";

describe("docs/outputs.md", () => {
  it("is what `npm run docs` generates from the contracts now (run it after changing an output contract)", () => {
    expect(readFileSync("docs/outputs.md", "utf8")).toBe(renderOutputDocs());
  });

  it("names every output field of rosters, shift designs, staffing and forecasts with its meaning", () => {
    const text = renderOutputDocs();
    for (const field of [
      "`objective.total`",
      "`warnings[].code`",
      "`progress.bestBound`",
      "`objective.shortageMinutes`",
      "`fractionalFte`",
      "`scheduledAgentHours`",
      "`intervals[].p80`",
      "`aht_seconds`",
    ]) {
      expect(text).toContain(field);
    }
    expect(text).not.toMatch(/\|\s*\|\n/);
  });
});
