// What the services need of the workbook engine: a slice of the real Workbook's type, so
// the services never import HyperFormula at run time and tests may pass a stand-in.
import type { Workbook } from '../workbook/workbook';

export type WorkbookPort = Pick<
  Workbook,
  | 'sheetNames'
  | 'hasSheet'
  | 'addSheet'
  | 'removeSheet'
  | 'renameSheet'
  | 'moveSheet'
  | 'getValues'
  | 'getFormulas'
  | 'getDisplayValues'
  | 'setValues'
  | 'setFormulas'
  | 'getBackgrounds'
  | 'setBackgrounds'
  | 'getNumberFormats'
  | 'setNumberFormats'
  | 'locale'
  | 'lastRow'
  | 'lastColumn'
  | 'insertRows'
  | 'deleteRows'
  | 'insertColumns'
  | 'deleteColumns'
  | 'moveColumns'
  | 'evaluateShifted'
  | 'gridSize'
  | 'conditionalFormulaProblem'
  | 'setNamedRange'
  | 'removeNamedRange'
>;
