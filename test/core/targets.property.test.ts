import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type PaceStatus, targetPace } from '../../src/core/pace';
import { targetProgress } from '../../src/core/progress';

const moderate = fc.double({ min: -1e6, max: 1e6, noNaN: true });

describe('targetProgress properties', () => {
  it('is affine in actual: progress of a mix is the mix of progresses', () => {
    fc.assert(
      fc.property(
        moderate,
        moderate,
        moderate,
        moderate,
        fc.double({ min: 0, max: 1, noNaN: true }),
        (a1, a2, target, baseline, lambda) => {
          fc.pre(Math.abs(target - baseline) > 1e-3);
          const mixed = targetProgress(lambda * a1 + (1 - lambda) * a2, target, baseline);
          const expected =
            lambda * targetProgress(a1, target, baseline) +
            (1 - lambda) * targetProgress(a2, target, baseline);
          const scale =
            (Math.abs(a1) + Math.abs(a2) + Math.abs(baseline)) / Math.abs(target - baseline);
          expect(Math.abs(mixed - expected)).toBeLessThanOrEqual(1e-9 * (1 + scale));
        },
      ),
    );
  });

  it('is 0 at the baseline and 1 at the target', () => {
    fc.assert(
      fc.property(moderate, moderate, (target, baseline) => {
        fc.pre(Math.abs(target - baseline) > 1e-3);
        expect(targetProgress(baseline, target, baseline)).toBe(0);
        expect(targetProgress(target, target, baseline)).toBe(1);
      }),
    );
  });
});

/** Worse to better; MISSED is as bad as OFF TRACK (both only at a given as-of date). */
const RANK: Readonly<Record<Exclude<PaceStatus, 'NOT STARTED'>, number>> = {
  MISSED: 0,
  'OFF TRACK': 0,
  'AT RISK': 1,
  'ON TRACK': 2,
  ACHIEVED: 3,
};

describe('targetPace properties', () => {
  it('never improves when actual moves away from the target', () => {
    const time = fc.integer({ min: 0, max: 1e12 });
    fc.assert(
      fc.property(
        fc.record({
          start: time,
          length: fc.integer({ min: 1, max: 1e11 }),
          asOfOffset: fc.integer({ min: -2e11, max: 2e11 }),
          tolerance: fc.double({ min: 0, max: 1, noNaN: true }),
          target: moderate,
          baseline: moderate,
          better: moderate,
          shortfall: fc.double({ min: 0, max: 1e6, noNaN: true }),
        }),
        (p) => {
          fc.pre(Math.abs(p.target - p.baseline) > 1e-3);
          const towardTarget = Math.sign(p.target - p.baseline);
          const worse = p.better - towardTarget * p.shortfall;
          const statusAt = (actual: number) =>
            targetPace({
              progress: targetProgress(actual, p.target, p.baseline),
              start: p.start,
              end: p.start + p.length,
              asOf: p.start + p.asOfOffset,
              tolerance: p.tolerance,
            });
          const good = statusAt(p.better);
          const bad = statusAt(worse);
          if (good === 'NOT STARTED' || bad === 'NOT STARTED') {
            // Before the start nothing is judged, whatever the actual.
            expect([good, bad]).toEqual(['NOT STARTED', 'NOT STARTED']);
            expect(p.asOfOffset).toBeLessThan(0);
          } else {
            expect(RANK[bad]).toBeLessThanOrEqual(RANK[good]);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
