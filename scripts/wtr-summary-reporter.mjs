// Counts Web Test Runner results for the workspace summary (scripts/test.mjs). A test file that fails
// to load or throws outside a test has no failing test of its own, so it counts as one failure.
import { writeFileSync } from 'node:fs';

export function summaryReporter(file = process.env.SAMSPILL_RESULT_FILE) {
  return {
    onTestRunFinished({ sessions }) {
      if (!file) return;
      let passed = 0;
      let failed = 0;
      for (const session of sessions) {
        const counts = countTests(session.testResults);
        passed += counts.passed;
        failed += counts.failed;
        if (!session.passed && counts.failed === 0) failed += 1;
      }
      writeFileSync(file, JSON.stringify({ passed, failed }));
    },
  };
}

function countTests(suite) {
  const counts = { passed: 0, failed: 0 };
  if (!suite) return counts;
  for (const test of suite.tests ?? []) {
    if (test.skipped) continue;
    if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites ?? []) {
    const inner = countTests(child);
    counts.passed += inner.passed;
    counts.failed += inner.failed;
  }
  return counts;
}
