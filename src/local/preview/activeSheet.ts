// The add-on's notion of the active sheet, through the runtime's emulated Spreadsheet
// (host objects, not counted as service calls). A runtime without it just has no
// active sheet: the page then starts on the first tab and switching tabs is page-only.

import type { PreviewRuntime } from './runtimePort.js';

export function activeSheet(runtime: PreviewRuntime): string | null {
  const spreadsheet = runtime.services?.model?.spreadsheet;
  if (!spreadsheet) return null;
  try {
    return spreadsheet.getActiveSheet().getName();
  } catch {
    return null;
  }
}

export function setActiveSheet(runtime: PreviewRuntime, name: string): void {
  const spreadsheet = runtime.services?.model?.spreadsheet;
  const sheet = spreadsheet?.getSheetByName(name);
  if (spreadsheet && sheet) spreadsheet.setActiveSheet(sheet);
}
