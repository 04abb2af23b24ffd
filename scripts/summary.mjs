// Adds up the suites of `pnpm test` into one verdict. Kept apart from the runner so it can be tested.

/**
 * @param {{ name: string, status: number, counts?: { passed: number, failed: number }, seconds: number }[]} results
 */
export function summarize(results) {
  const total = { passed: 0, failed: 0 };
  const lines = results.map(({ name, status, counts, seconds }) => {
    const suite = counts ? { ...counts } : status === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
    // A runner can die before it counts anything (a file that does not compile, a browser that will
    // not start): a non-zero exit is a failure even when no test said so.
    if (status !== 0 && suite.failed === 0) suite.failed = 1;
    // …and a suite that ran nothing has proved nothing.
    if (suite.passed + suite.failed === 0) suite.failed = 1;
    total.passed += suite.passed;
    total.failed += suite.failed;
    const verdict = suite.failed > 0 ? '✗' : '✓';
    return `${verdict} ${name.padEnd(9)} ${String(suite.passed).padStart(4)} passed ${String(suite.failed).padStart(3)} failed  ${seconds.toFixed(1)} s`;
  });
  return { lines, total };
}
