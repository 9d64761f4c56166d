// Conditional-format formulas as Sheets evaluates them: only their own sheet (another only
// through INDIRECT) and no custom functions. A rule that breaks this never matches, and the
// runtime warns, which fails the test that left the warning.
import { describe, expect, it } from 'vitest';
import { assertNoRuntimeWarnings } from '../../support/runtimeWarnings';
import { fixtureRuntime } from './fixtureDist';

const CODE = `
function paint(formula) {
  var sheet = SpreadsheetApp.getActive().getSheetByName('Data');
  sheet.setConditionalFormatRules([SpreadsheetApp.newConditionalFormatRule()
    .whenFormulaSatisfied(formula).setBackground('#ff0000').setRanges([sheet.getRange('B2:B3')]).build()]);
}
function FLAG(x) { return true; }
`;

function painted(formula: string) {
  const runtime = fixtureRuntime(
    CODE,
    {
      sheets: [
        {
          name: 'Data',
          cells: [
            ['Week', 'Leads'],
            [1, 10],
            [2, 30],
          ],
        },
        { name: 'Targets', cells: [['Min'], [20]] },
      ],
    },
    { customFunctions: ['FLAG'] },
  );
  runtime.call('paint', [formula]);
  return { runtime, colours: runtime.effectiveBackgrounds('Data', 1, 1, 2, 1).flat() };
}

describe('conditional-format formulas', () => {
  it('read their own sheet, by name too, with relative references shifting', () => {
    expect(painted('=B2>20').colours).toEqual([null, '#ff0000']);
    expect(painted("='Data'!B2>20").colours).toEqual([null, '#ff0000']);
  });

  it('read another sheet through INDIRECT', () => {
    expect(painted('=B2>INDIRECT("Targets!A2")').colours).toEqual([null, '#ff0000']);
  });

  it("answer ROW() with the row of the cell painted, not of the rule range's first cell", () => {
    // B2 is row 2 and B3 row 3: only B3 passes.
    expect(painted('=ROW()>2').colours).toEqual([null, '#ff0000']);
    expect(painted('=ROW()=2').colours).toEqual(['#ff0000', null]);
  });

  it('read a row of another sheet lined up by ROW() through INDIRECT (how KPI Guard colours)', () => {
    const formula = '=INDIRECT("\'Targets\'!B"&ROW())=TRUE';
    const { runtime } = painted(formula);
    runtime.workbook.setValues('Targets', 1, 1, [[false], [true]]);
    expect(runtime.effectiveBackgrounds('Data', 1, 1, 2, 1).flat()).toEqual([null, '#ff0000']);
    runtime.workbook.setValues('Targets', 1, 1, [[true], [false]]);
    expect(runtime.effectiveBackgrounds('Data', 1, 1, 2, 1).flat()).toEqual(['#ff0000', null]);
  });

  it('never match when they refer to another sheet directly, and the runtime warns', () => {
    const { runtime, colours } = painted('=B2>Targets!$A$2');
    expect(colours).toEqual([null, null]);
    expect(runtime.takeWarnings()).toEqual([
      "The conditional-format rule =B2>Targets!$A$2 on 'Data'!B2:B3 never applies in Sheets: it refers to the sheet 'Targets' (another sheet only through INDIRECT).",
    ]);
  });

  it('never match when they call a custom function, and the runtime warns', () => {
    const { runtime, colours } = painted('=FLAG(B2)');
    expect(colours).toEqual([null, null]);
    expect(runtime.takeWarnings()).toEqual([
      "The conditional-format rule =FLAG(B2) on 'Data'!B2:B3 never applies in Sheets: it calls the custom function FLAG.",
    ]);
  });

  it('a warning left in a runtime fails the test (the suites check after every test)', () => {
    painted('=B2>Targets!A2');
    expect(() => assertNoRuntimeWarnings()).toThrow(/refers to the sheet 'Targets'/);
    expect(() => assertNoRuntimeWarnings()).not.toThrow();
  });
});
