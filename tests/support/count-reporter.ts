import { appendFileSync } from "node:fs";
import type { Reporter, TestModule } from "vitest/node";

/**
 * Prints one closing line `N passed, N failed[, N skipped]` that CI reads (vitest's own summary is
 * not read there). A file that fails outside its tests (import, hooks) counts as one failure, so it
 * cannot pass silently. With SHIFTCAST_COUNTS_FILE set, the counts are also appended there so `.ci/run`
 * can total several runs.
 */
export default class CountReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    for (const testModule of testModules) {
      let moduleFailures = 0;
      for (const testCase of testModule.children.allTests()) {
        const state = testCase.result().state;
        if (state === "passed") passed += 1;
        else if (state === "failed") moduleFailures += 1;
        else skipped += 1;
      }
      // A file that failed outside any test (import error, failing beforeAll) still counts as a failure.
      failed += moduleFailures === 0 && testModule.state() === "failed" ? 1 : moduleFailures;
    }
    const line = `${passed} passed, ${failed} failed` + (skipped > 0 ? `, ${skipped} skipped` : "");
    process.stdout.write(`\n${line}\n`);
    const countsFile = process.env.SHIFTCAST_COUNTS_FILE;
    if (countsFile) appendFileSync(countsFile, `${passed} ${failed} ${skipped}\n`);
  }
}
