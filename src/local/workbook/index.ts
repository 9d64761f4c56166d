// Public surface of the workbook engine (local runtime only; never bundled into the add-on).
export { dateToSerial, formatDate, serialToDate } from './dates';
export { parseA1Range } from './extraFunctions';
export { type ChangeListener, Workbook, type WorkbookOptions } from './workbook';
