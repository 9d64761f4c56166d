// The trade-off behind the isolation defaults: each candidate setting's worst false-alarm
// rate (against its goal) beside its detection of gaming at 0.25σ a row.
import type { IsolationSettings } from '../../src/core';
import { FAMILIES } from './families';
import { type Detector, familyRates } from './isolationRates';

export interface SweepPoint {
  settings: IsolationSettings;
  /** The no-gaming family with the most sheets with any TRUE, as a share of its goal. */
  worstFalse: { name: string; rate: number; ofGoal: number };
  /** Over the gaming families at 0.25σ a row: the lowest share caught, the largest median delay. */
  caught: number;
  delay: number;
}

export function sweep(
  candidates: readonly IsolationSettings[],
  detectorFor: (settings: IsolationSettings) => Detector,
  sheets: number,
): SweepPoint[] {
  const noGaming = FAMILIES.map((family, i) => ({ family, i })).filter(
    ({ family }) => !family.gaming,
  );
  const headline = FAMILIES.map((family, i) => ({ family, i })).filter(
    ({ family }) => family.gaming && family.name.includes('+0.25σ') && !family.name.includes('φ='),
  );
  return candidates.map((settings) => {
    const detect = detectorFor(settings);
    let worstFalse = { name: '', rate: 0, ofGoal: 0 };
    for (const { family, i } of noGaming) {
      const rate = familyRates(family, 1000 + i, sheets, detect).anyTrue;
      const ofGoal = rate / (family.goal ?? 0.1);
      if (ofGoal > worstFalse.ofGoal) worstFalse = { name: family.name, rate, ofGoal };
    }
    let caught = 1;
    let delay = 0;
    for (const { family, i } of headline) {
      const r = familyRates(family, 1000 + i, sheets, detect);
      caught = Math.min(caught, r.caught ?? 0);
      delay = Math.max(delay, r.medianDelay ?? Number.POSITIVE_INFINITY);
    }
    return { settings, worstFalse, caught, delay };
  });
}

/** Every combination of the given values over the base settings. */
export function grid(
  base: IsolationSettings,
  axes: { [K in keyof IsolationSettings]?: readonly IsolationSettings[K][] },
): IsolationSettings[] {
  let out: IsolationSettings[] = [{ ...base }];
  for (const [key, values] of Object.entries(axes)) {
    out = out.flatMap((settings) =>
      (values as unknown[]).map((value) => ({ ...settings, [key]: value })),
    );
  }
  return out;
}
