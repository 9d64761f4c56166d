import { InputError } from './errors';

/**
 * How far actual has come from baseline toward target: 0 at baseline, 1 at target, not
 * clamped. A target below the baseline makes lower-is-better work unchanged.
 */
export function targetProgress(actual: number, target: number, baseline: number): number {
  for (const [name, value] of [
    ['actual', actual],
    ['target', target],
    ['baseline', baseline],
  ] as const) {
    if (!Number.isFinite(value)) throw new InputError(`${name} (${value}) must be a finite number`);
  }
  if (target === baseline) {
    throw new InputError(`target (${target}) equals baseline (${baseline}); progress is undefined`);
  }
  const span = target - baseline;
  const progress = (actual - baseline) / span;
  // Overflow in either difference (or a subnormal span) would give a meaningless number.
  if (!Number.isFinite(span) || !Number.isFinite(progress)) {
    throw new InputError(
      `actual (${actual}), target (${target}) and baseline (${baseline}) are too large ` +
        'or too close together to compute progress; rescale them',
    );
  }
  return progress === 0 ? 0 : progress; // no -0 at the baseline when target < baseline
}
