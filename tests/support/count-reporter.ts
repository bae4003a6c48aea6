import { appendFileSync } from "node:fs";
import type { Reporter, TestModule } from "vitest/node";

/**
 * Prints one closing line `N passed, N failed[, N skipped]` that CI reads (vitest's own summary is
 * not read there). A module that fails to load counts as one failure, so a broken import cannot
 * pass silently. With SHIFTCAST_COUNTS_FILE set, the counts are also appended there so `.ci/run`
 * can total several runs.
 */
export default class CountReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    for (const testModule of testModules) {
      let moduleTests = 0;
      for (const testCase of testModule.children.allTests()) {
        moduleTests += 1;
        const state = testCase.result().state;
        if (state === "passed") passed += 1;
        else if (state === "failed") failed += 1;
        else skipped += 1;
      }
      if (moduleTests === 0 && testModule.state() === "failed") failed += 1;
    }
    const line = `${passed} passed, ${failed} failed` + (skipped > 0 ? `, ${skipped} skipped` : "");
    process.stdout.write(`\n${line}\n`);
    const countsFile = process.env.SHIFTCAST_COUNTS_FILE;
    if (countsFile) appendFileSync(countsFile, `${passed} ${failed} ${skipped}\n`);
  }
}
