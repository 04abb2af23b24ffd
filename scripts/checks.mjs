// The harness the packaging scripts share: named checks run in order, one line each, and a closing
// count written where `pnpm test` collects it ($SAMSPILL_RESULT_FILE).

export function createChecks(label) {
  /** @type {boolean[]} */
  const results = [];
  return {
    /**
     * @param {string} name
     * @param {() => unknown} run returns an optional detail to print, throws on failure
     * @returns {Promise<boolean>} whether it passed, so later checks that need it can be skipped
     */
    check(name, run) {
      return Promise.resolve()
        .then(run)
        .then(
          (detail) => {
            results.push(true);
            console.log(`✓ ${name}${detail ? ` — ${detail}` : ''}`);
            return true;
          },
          (error) => {
            results.push(false);
            console.log(`✗ ${name}\n    ${error instanceof Error ? error.message : String(error)}`);
            return false;
          },
        );
    },
    /** Prints the count, writes it for `pnpm test`, and sets the exit code (no checks run is a failure). */
    async finish() {
      const passed = results.filter(Boolean).length;
      const failed = results.length - passed;
      if (process.env.SAMSPILL_RESULT_FILE) {
        const { writeFileSync } = await import('node:fs');
        writeFileSync(process.env.SAMSPILL_RESULT_FILE, JSON.stringify({ passed, failed }));
      }
      console.log(`${label}: ${passed} passed, ${failed} failed`);
      process.exitCode = failed > 0 || results.length === 0 ? 1 : 0;
    },
  };
}
