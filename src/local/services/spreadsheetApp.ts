// SpreadsheetApp: the entry point to the open spreadsheet, its enums, and the Ui.
import { SERVICE } from './bridge';
import { ConditionalFormatRuleBuilder } from './conditionalFormat';
import type { SpreadsheetModel } from './model';
import type { Range } from './range';
import type { Sheet } from './sheet';
import type { Spreadsheet } from './spreadsheet';
import { Ui } from './ui';

const names = <T extends string>(...values: T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export class SpreadsheetApp {
  readonly [SERVICE] = { className: 'SpreadsheetApp', counted: true };
  readonly DeveloperMetadataVisibility = names('DOCUMENT', 'PROJECT');
  readonly DeveloperMetadataLocationType = names('SPREADSHEET', 'SHEET', 'ROW', 'COLUMN');
  readonly BooleanCriteria = names(
    'CUSTOM_FORMULA',
    'CELL_EMPTY',
    'CELL_NOT_EMPTY',
    'NUMBER_GREATER_THAN',
  );
  readonly Dimension = names('ROWS', 'COLUMNS');
  private readonly ui: Ui;

  constructor(private readonly model: SpreadsheetModel) {
    this.ui = new Ui(model.ctx);
  }

  /** null in a script outside any document (a standalone script has no active spreadsheet). */
  getActive(): Spreadsheet | null {
    return this.model.ctx.document ? this.model.spreadsheet : null;
  }

  getActiveSpreadsheet(): Spreadsheet | null {
    return this.getActive();
  }

  getActiveSheet(): Sheet {
    return this.model.spreadsheet.getActiveSheet();
  }

  setActiveSheet(sheet: Sheet): Sheet {
    return this.model.spreadsheet.setActiveSheet(sheet);
  }

  /**
   * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#getActiveRange():
   * "Returns the selected range in the active sheet, or null if there is no active range."
   * (In a custom function Google answers the cell being recalculated; not modelled here.)
   */
  getActiveRange(): Range | null {
    return this.model.spreadsheet.getActiveRange();
  }

  /** "Sets the specified range as the active range, with the top left cell in the range as the
   * current cell." (SpreadsheetApp#setActiveRange) */
  setActiveRange(range: Range): Range {
    return this.model.spreadsheet.setActiveRange(range);
  }

  getCurrentCell(): Range | null {
    return this.model.spreadsheet.getCurrentCell();
  }

  /** Only where a user has the editor open: not in custom functions or time-driven triggers. */
  getUi(): Ui {
    this.model.ctx.assertUi();
    return this.ui;
  }

  newConditionalFormatRule(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.model);
  }

  /**
   * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush():
   * "Applies all pending Spreadsheet changes." Writes are applied at once here, so there is
   * nothing pending; it exists so add-on code that calls it runs.
   */
  flush(): void {}
}
