// Small hand-written dist/ folders for runtime tests: the scripts are plain Apps Script
// (top-level functions calling the global services), written to a temp dir per test file.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createRuntime,
  type LocalRuntime,
  type RuntimeOptions,
} from '../../../src/local/runtime/createRuntime';
import type { WorkbookData } from '../../../src/local/types';

export function writeDist(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kpi-guard-dist-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

export const MENU_CODE = `
function onOpen(e) {
  SpreadsheetApp.getUi().createAddonMenu().addItem('Open sidebar', 'showSidebar').addToUi();
}
`;

export function fixtureRuntime(
  code: string,
  data: WorkbookData = { sheets: [{ name: 'Sheet1', cells: [['a']] }] },
  extra: Partial<RuntimeOptions> & { files?: Record<string, string> } = {},
): LocalRuntime {
  const { files, ...opts } = extra;
  const distDir = writeDist({ 'Code.js': code, ...files });
  return createRuntime({ data, distDir, now: new Date('2026-03-02T10:00:00Z'), ...opts });
}
