// A small, fixed-seed run of `npm run calibrate`: the published rates hold roughly. The
// tolerances are wide (200 sheets per family) so the test cannot flake; the seeds are fixed,
// so it cannot either, but a change that truly moves a rate fails it.
import { describe, expect, it } from 'vitest';
import { FAMILIES, type Sheet } from '../../scripts/calibrate/families';
import { familyRates } from '../../scripts/calibrate/isolationRates';
import { trendCallRate } from '../../scripts/calibrate/trendRates';
import { ISOLATION_DEFAULTS, isolationDetailWith } from '../../src/core/isolation';

const SHEETS = 200;
const detect = (sheet: Sheet) =>
  isolationDetailWith(sheet.kpi, [sheet.counterpart], sheet.kpiDirection, [sheet.rule], {
    ...ISOLATION_DEFAULTS,
  }).map((row) => (row === null ? null : row.flagged));
const rates = (name: string) => {
  const index = FAMILIES.findIndex((family) => family.name === name);
  expect(index, name).toBeGreaterThanOrEqual(0);
  return familyRates(FAMILIES[index], 1000 + index, SHEETS, detect);
};

describe('calibration (small)', () => {
  it.each([
    ['independent AR(1) φ=0, "up"', 0.1],
    ['independent AR(1) φ=0.5, "pace"', 0.15],
    ['independent AR(1) φ=0.7, "pace"', 0.25],
    ['grow together "pace": +1%/row, noise 5%', 0.15],
    ['grow together "up": KPI +0.25σ, score +0.1σ/row', 0.05],
    ['flat guardrail (KPI +0.25σ/row)', 0.15],
    ['"down" counterpart improving (−0.1σ/row)', 0.05],
  ])('keeps sheets without gaming mostly uncoloured: %s', (name, ceiling) => {
    expect(rates(name).anyTrue).toBeLessThanOrEqual(ceiling);
  });

  it.each([
    'gaming: KPI +0.25σ/row, guardrail −0.25σ/row',
    'gaming "pace": KPI +0.25σ/row, counterpart flat',
  ])('catches gaming at 0.25σ a row soon after it starts: %s', (name) => {
    const r = rates(name);
    expect(r.caught).toBeGreaterThanOrEqual(0.85);
    expect(r.medianDelay).toBeLessThanOrEqual(15);
    expect(r.redBeforeOnset).toBeLessThanOrEqual(0.1);
  });

  it('KPI_TREND auto keeps false trends near nominal on persistent noise, classic does not', () => {
    expect(trendCallRate(52, 0.5, 0, 'auto', 300, 7)).toBeLessThanOrEqual(0.2);
    expect(trendCallRate(52, 0.5, 0, 'classic', 300, 7)).toBeGreaterThanOrEqual(0.2);
  });

  it('KPI_TREND auto keeps most of the classic power on real trends without persistence', () => {
    const auto = trendCallRate(52, 0, 2, 'auto', 300, 8);
    const classic = trendCallRate(52, 0, 2, 'classic', 300, 8);
    expect(auto).toBeGreaterThanOrEqual(0.85 * classic);
  });
});
