// The README's worked example of KPI_ISOLATION's two argument orders states what the real
// runtime computes on the sample workbook; this recomputes it and finds the same words there.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRuntime } from '../../src/local/runtime/createRuntime';
import { sampleWorkbook } from '../../src/local/sample/index';

const README = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
const SHEET = 'Nail factory';

/** "TRUE on 19 weeks: 2024-03-18 to 2024-07-22", the runs of TRUE by their weeks. */
function summary(flags: unknown[], weeks: unknown[]): string {
  const day = (i: number) => (weeks[i] as Date).toISOString().slice(0, 10);
  const runs: string[] = [];
  for (let i = 0; i < flags.length; i++) {
    if (flags[i] !== true || flags[i - 1] === true) continue;
    let j = i;
    while (flags[j + 1] === true) j++;
    runs.push(i === j ? day(i) : `${day(i)} to ${day(j)}`);
  }
  const count = flags.filter((flag) => flag === true).length;
  return `TRUE on ${count} week${count === 1 ? '' : 's'}: ${runs.join(', ') || 'none'}`;
}

function computed(formula: string): string {
  const runtime = createRuntime({ data: sampleWorkbook() });
  runtime.workbook.setFormulas(SHEET, 1, 10, [[formula]]);
  const flags = runtime.workbook.getValues(SHEET, 1, 10, 30, 1).map((row) => row[0]);
  const weeks = runtime.workbook.getValues(SHEET, 1, 0, 30, 1).map((row) => row[0]);
  return summary(flags, weeks);
}

function stated(example: string): string | undefined {
  return new RegExp(`<!-- example:${example} -->(.*?)<!-- /example -->`).exec(README)?.[1];
}

describe("the README's KPI / counterpart worked example", () => {
  it.each([
    ['weight-nails', '=KPI_ISOLATION(C2:C31, B2:B31)'],
    ['nails-weight', '=KPI_ISOLATION(B2:B31, C2:C31)'],
  ])(
    '%s says what %s computes on the sample (update the README if this changes)',
    (example, formula) => {
      expect(README).toContain(`\`${formula}\``);
      expect(stated(example)).toBe(computed(formula));
    },
  );
});
