// The sheets KPI Guard is calibrated on: 52 weekly rows, a KPI and one counterpart, with and
// without gaming. Noise is in units of each series' own standard deviation (σ).
import type { CounterpartRule, Direction } from '../../src/core';
import { ar1, type Noise } from './random';

export const ROWS = 52;
/** Gaming starts on a row drawn uniformly from these (0-based): a history before, time after. */
export const ONSET_ROWS: readonly [number, number] = [12, 32];

export interface Sheet {
  kpi: number[];
  counterpart: number[];
  kpiDirection: Direction;
  rule: CounterpartRule;
  /** The first gamed row, or null for a sheet without gaming. */
  onset: number | null;
}

export interface Family {
  name: string;
  gaming: boolean;
  /** The goal's ceiling on sheets with any TRUE (no gaming) — for the table's verdict. */
  goal?: number;
  draw(noise: Noise): Sheet;
}

const ramp = (row: number, from: number, slope: number) => Math.max(0, row - from + 1) * slope;

/** Independent KPI and counterpart, no trend in either: nothing to find. */
function independent(phi: number, rule: CounterpartRule): Family {
  return {
    name: `independent AR(1) φ=${phi}, "${rule}"`,
    gaming: false,
    goal: phi <= 0.5 ? 0.1 : 0.2,
    draw(noise) {
      const a = ar1(noise, ROWS, phi);
      const b = ar1(noise, ROWS, phi);
      // Volumes for "pace" (per-KPI ratios need positive KPIs): 5 % noise around 100 and 10.
      if (rule === 'pace') {
        return {
          kpi: a.map((e) => 100 * (1 + 0.05 * e)),
          counterpart: b.map((e) => 10 * (1 + 0.05 * e)),
          kpiDirection: 1,
          rule,
          onset: null,
        };
      }
      return { kpi: a, counterpart: b, kpiDirection: 1, rule, onset: null };
    },
  };
}

/** A volume and its counterpart growing at the same relative pace, each with its own noise. */
function growthPace(growth: number, cv: number, phi = 0): Family {
  return {
    name: `grow together "pace": +${growth * 100}%/row, noise ${cv * 100}%${phi ? `, φ=${phi}` : ''}`,
    gaming: false,
    goal: 0.1,
    draw(noise) {
      const a = ar1(noise, ROWS, phi);
      const b = ar1(noise, ROWS, phi);
      const level = (row: number) => 1 + growth * row;
      return {
        kpi: a.map((e, row) => 100 * (level(row) + cv * e)),
        counterpart: b.map((e, row) => 10 * (level(row) + cv * e)),
        kpiDirection: 1,
        rule: 'pace',
        onset: null,
      };
    },
  };
}

/** The KPI and a guardrail score both improving. */
function growthGuardrail(kpiSlope: number, scoreSlope: number): Family {
  return {
    name: `grow together "up": KPI +${kpiSlope}σ, score +${scoreSlope}σ/row`,
    gaming: false,
    goal: 0.1,
    draw(noise) {
      const a = ar1(noise, ROWS, 0);
      const b = ar1(noise, ROWS, 0);
      return {
        kpi: a.map((e, row) => e + kpiSlope * row),
        counterpart: b.map((e, row) => e + scoreSlope * row),
        kpiDirection: 1,
        rule: 'up',
        onset: null,
      };
    },
  };
}

/** The KPI improving while a guardrail only wobbles (or, "down", improves too). */
function improvingKpiWith(
  name: string,
  rule: CounterpartRule,
  counterpartSlope: number,
  phi: number,
): Family {
  return {
    name,
    gaming: false,
    goal: 0.1,
    draw(noise) {
      const a = ar1(noise, ROWS, phi);
      const b = ar1(noise, ROWS, phi);
      return {
        kpi: a.map((e, row) => e + 0.25 * row),
        counterpart: b.map((e, row) => e + counterpartSlope * row),
        kpiDirection: 1,
        rule,
        onset: null,
      };
    },
  };
}

/** From a random onset the KPI climbs `slope` σ a row while a guardrail falls as fast. */
function gamedGuardrail(slope: number, phi = 0): Family {
  return {
    name: `gaming: KPI +${slope}σ/row, guardrail −${slope}σ/row${phi ? `, φ=${phi}` : ''}`,
    gaming: true,
    draw(noise) {
      const onset = noise.integer(...ONSET_ROWS);
      const a = ar1(noise, ROWS, phi);
      const b = ar1(noise, ROWS, phi);
      return {
        kpi: a.map((e, row) => e + ramp(row, onset, slope)),
        counterpart: b.map((e, row) => e - ramp(row, onset, slope)),
        kpiDirection: 1,
        rule: 'up',
        onset,
      };
    },
  };
}

/**
 * From a random onset a volume KPI climbs `slope` σ a row (σ = 5 % of its level) while its
 * "pace" counterpart stays flat, or grows at `share` of the KPI's relative pace.
 */
function gamedPace(slope: number, share: number, phi = 0): Family {
  const how = share === 0 ? 'flat' : `at ${share === 0.2 ? 'a fifth of' : share} its pace`;
  return {
    name: `gaming "pace": KPI +${slope}σ/row, counterpart ${how}${phi ? `, φ=${phi}` : ''}`,
    gaming: true,
    draw(noise) {
      const onset = noise.integer(...ONSET_ROWS);
      const a = ar1(noise, ROWS, phi);
      const b = ar1(noise, ROWS, phi);
      const cv = 0.05;
      return {
        kpi: a.map((e, row) => 100 * (1 + cv * (e + ramp(row, onset, slope)))),
        counterpart: b.map((e, row) => 10 * (1 + cv * (e + share * ramp(row, onset, slope)))),
        kpiDirection: 1,
        rule: 'pace',
        onset,
      };
    },
  };
}

export const FAMILIES: readonly Family[] = [
  ...[0, 0.3, 0.5, 0.7].flatMap((phi) => [independent(phi, 'up'), independent(phi, 'pace')]),
  growthPace(0.005, 0.02),
  growthPace(0.01, 0.05),
  growthPace(0.03, 0.1),
  growthPace(0.01, 0.05, 0.3),
  growthGuardrail(0.25, 0.1),
  growthGuardrail(0.1, 0.25),
  improvingKpiWith('flat guardrail (KPI +0.25σ/row)', 'up', 0, 0),
  improvingKpiWith('flat guardrail, φ=0.3 (KPI +0.25σ/row)', 'up', 0, 0.3),
  improvingKpiWith('"down" counterpart improving (−0.1σ/row)', 'down', -0.1, 0),
  gamedGuardrail(0.15),
  gamedGuardrail(0.25),
  gamedGuardrail(0.5),
  gamedGuardrail(0.25, 0.3),
  gamedPace(0.15, 0),
  gamedPace(0.25, 0),
  gamedPace(0.5, 0),
  gamedPace(0.25, 0.2),
  gamedPace(0.5, 0.2),
];
