// The slice of LocalRuntime (src/local/runtime) the preview uses, as a Pick of its real
// types: the server depends on behaviour it names here, and tests can pass a stand-in.
import type { LocalRuntime } from '../runtime/createRuntime';
import type { Workbook } from '../workbook/workbook';

export type PreviewWorkbook = Pick<
  Workbook,
  | 'sheetNames'
  | 'lastRow'
  | 'lastColumn'
  | 'getValues'
  | 'getDisplayValues'
  | 'getFormulas'
  | 'getCellError'
  | 'getSparkline'
  | 'setValues'
  | 'setFormulas'
  | 'onChange'
  | 'revision'
>;

export type PreviewRuntime = Pick<
  LocalRuntime,
  | 'call'
  | 'ui'
  | 'clock'
  | 'effectiveBackgrounds'
  | 'activeSheet'
  | 'hiddenSheets'
  | 'setActiveSheet'
  | 'toData'
  | 'documentState'
  | 'selection'
  | 'select'
  | 'setAskUser'
> & { workbook: PreviewWorkbook; mail: Pick<LocalRuntime['mail'], 'sent'> };
