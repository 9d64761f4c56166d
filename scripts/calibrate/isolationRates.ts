// How often a detector turns a calibration sheet red, and how soon it catches gaming.
import type { Family, Sheet } from './families';
import { seededNoise } from './random';

export type Detector = (sheet: Sheet) => readonly (boolean | null)[];

export interface FamilyRates {
  family: Family;
  sheets: number;
  /** Share of sheets with a TRUE on any row. */
  anyTrue: number;
  /** Gaming only: share with a TRUE on the onset row or later. */
  caught?: number;
  /** Gaming only: median rows from the onset to the first TRUE at or after it (caught sheets). */
  medianDelay?: number;
  /** Gaming only: share with a TRUE before the onset. */
  redBeforeOnset?: number;
}

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs the detector on `sheets` sheets of the family, drawn from a seed fixed per family. */
export function familyRates(
  family: Family,
  seed: number,
  sheets: number,
  detect: Detector,
): FamilyRates {
  const noise = seededNoise(seed);
  let anyTrue = 0;
  let caught = 0;
  let early = 0;
  const delays: number[] = [];
  for (let i = 0; i < sheets; i++) {
    const sheet = family.draw(noise);
    const flags = detect(sheet);
    if (flags.some((flag) => flag === true)) anyTrue++;
    if (sheet.onset === null) continue;
    const onset = sheet.onset;
    if (flags.slice(0, onset).some((flag) => flag === true)) early++;
    const first = flags.findIndex((flag, row) => row >= onset && flag === true);
    if (first >= 0) {
      caught++;
      delays.push(first - onset);
    }
  }
  const rates: FamilyRates = { family, sheets, anyTrue: anyTrue / sheets };
  if (family.gaming) {
    rates.caught = caught / sheets;
    rates.medianDelay = median(delays);
    rates.redBeforeOnset = early / sheets;
  }
  return rates;
}
