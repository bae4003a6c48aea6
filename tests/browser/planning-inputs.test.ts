import { join } from "node:path";
import type { Browser } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { demoLogins } from "../../api/services/demo-seed";
import { artifacts, hasBrowser, signIn, useDemoAppInChromium } from "./harness";

const planner = demoLogins.find((login) => login.role === "planner")!.email;

/** Thirty-minute counts for one Sunday morning in London, as a helpdesk export might give them. */
const historyCsv = [
  "timestamp,count,aht_seconds",
  "2026-11-22T09:00,14,700",
  "2026-11-22T09:30,18,690",
  "2026-11-22T10:00,21,720",
  "2026-11-22T10:30,19,705",
].join("\n");

describe.skipIf(!hasBrowser)("the planning inputs in Chromium: history import and requirements", () => {
  const demo = useDemoAppInChromium("shiftcast-inputs-browser-");
  let browser: Browser;
  let baseUrl: string;
  beforeAll(() => {
    ({ browser, baseUrl } = demo());
  });

  it("lets a planner import a history CSV on the Forecast page and compute requirements for a series on the Staffing page", async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(page, baseUrl, planner);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Forecast" }).click();
    await page.getByRole("heading", { name: "Import history" }).waitFor();
    await page
      .locator('input[type="file"]')
      .first()
      .setInputFiles({ name: "chat.csv", mimeType: "text/csv", buffer: Buffer.from(historyCsv) });
    const imported = page.getByText(
      /^Imported 4 rows into 4 intervals \(\d+ new, \d+ replaced\); every other stored interval was kept\.$/,
    );
    await imported.waitFor({ timeout: 30_000 });
    const summary = await page.getByRole("status").filter({ hasText: "Rows read" }).innerText();
    expect(summary).toMatch(/Rows read\s+4 \(comma-delimited\)/);
    expect(summary).toMatch(/Intervals\s+2026-11-22 09:00 \(UTC[+−]\d\d:\d\d\) to 2026-11-22 10:30/);

    await page
      .locator('input[type="file"]')
      .first()
      .setInputFiles({
        name: "bad.csv",
        mimeType: "text/csv",
        buffer: Buffer.from("timestamp;count\n2026-11-22 09:00;-3\n"),
      });
    await page
      .getByText('Nothing was imported: 1 problem found. Fix them, or tick "Skip invalid rows".')
      .waitFor({ timeout: 30_000 });
    const problems = page.getByRole("table").filter({ hasText: "Problems" });
    expect(await problems.locator("tbody tr").first().innerText()).toMatch(/^2\s+count\s+"-3" is negative$/);
    await page.screenshot({ path: join(artifacts, "history-import-rejected.png"), fullPage: true });

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Staffing" }).click();
    await page.getByRole("heading", { name: "Requirements for a series" }).waitFor();
    await page.getByLabel("Queue").selectOption({ label: "Voice – Americas" });
    await page
      .locator("textarea")
      .fill(
        [
          "interval_start,volume,aht_seconds",
          "2026-03-09T09:00:00-04:00,100,180",
          "2026-03-09T09:30:00-04:00,200,180",
        ].join("\n"),
      );
    await page.getByRole("button", { name: "Compute 2 intervals" }).click();
    const table = page.locator("table").last();
    await table.locator("tbody tr").nth(1).waitFor();
    const firstRow = await table.locator("tbody tr").first().innerText();
    expect(firstRow).toContain("09:00");
    expect(firstRow).toMatch(/10\.00\s+1[2-4]\s+/);
    await page.screenshot({ path: join(artifacts, "staffing-requirements.png"), fullPage: true });
    await page.close();
  });
});
