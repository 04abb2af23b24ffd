import { describe, expect, it } from 'vitest';
import { summarize } from '../summary.mjs';

describe('summarize', () => {
  it('adds up every suite', () => {
    const { total, lines } = summarize([
      { name: 'types', status: 0, seconds: 1 },
      { name: 'unit', status: 0, counts: { passed: 17, failed: 0 }, seconds: 1 },
      { name: 'browser', status: 1, counts: { passed: 14, failed: 2 }, seconds: 1 },
    ]);
    expect(total).toEqual({ passed: 32, failed: 2 });
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/^✗ browser\s+14 passed\s+2 failed/);
  });

  it('counts a suite that exited non-zero without a failing test as failed', () => {
    const { total } = summarize([{ name: 'browser', status: 1, counts: { passed: 5, failed: 0 }, seconds: 1 }]);
    expect(total).toEqual({ passed: 5, failed: 1 });
  });

  it('counts a check without counts by its exit status', () => {
    expect(summarize([{ name: 'lint', status: 2, seconds: 1 }]).total).toEqual({ passed: 0, failed: 1 });
    expect(summarize([{ name: 'lint', status: 0, seconds: 1 }]).total).toEqual({ passed: 1, failed: 0 });
  });

  it('never lets a suite that ran nothing pass', () => {
    const { total } = summarize([{ name: 'stories', status: 0, counts: { passed: 0, failed: 0 }, seconds: 1 }]);
    expect(total).toEqual({ passed: 0, failed: 1 });
  });
});
