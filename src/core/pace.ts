import { InputError } from './errors';

export type PaceStatus =
  | 'NOT STARTED'
  | 'ACHIEVED'
  | 'MISSED'
  | 'ON TRACK'
  | 'AT RISK'
  | 'OFF TRACK';

/** A day in ms: a date at midnight stands for its whole day, so the period ends a day later. */
export const DAY_MS = 86_400_000;

export interface PaceInput {
  /** targetProgress of the actual value: 0 at baseline, 1 at target. */
  progress: number;
  /**
   * Start, end and as-of times, in epoch milliseconds. `end` is the last day of the period
   * (a date at midnight): the whole of that day still belongs to the period.
   */
  start: number;
  end: number;
  asOf: number;
  /** How far progress may lag the elapsed share of time and still be ON TRACK. */
  tolerance: number;
}

/**
 * Whether progress keeps pace with the time elapsed between start and end. On the end day the
 * expected share is 1; MISSED only from the day after it.
 */
export function targetPace(p: PaceInput): PaceStatus {
  for (const name of ['progress', 'start', 'end', 'asOf', 'tolerance'] as const) {
    if (!Number.isFinite(p[name]))
      throw new InputError(`${name} (${p[name]}) must be a finite number`);
  }
  if (p.end <= p.start) throw new InputError('end date must be after start date');
  if (p.tolerance < 0) throw new InputError(`tolerance (${p.tolerance}) must be 0 or more`);
  if (p.asOf < p.start) return 'NOT STARTED';
  if (p.progress >= 1) return 'ACHIEVED';
  if (p.asOf >= p.end + DAY_MS) return 'MISSED';
  const expected = Math.min(1, (p.asOf - p.start) / (p.end - p.start));
  const gap = expected - p.progress;
  if (gap <= p.tolerance) return 'ON TRACK';
  if (gap <= 2 * p.tolerance) return 'AT RISK';
  return 'OFF TRACK';
}
