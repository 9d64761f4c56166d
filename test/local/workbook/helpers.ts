// A tiny custom-function host for the tests; the add-on's real functions are wired elsewhere.

import type { CellValue } from '../../../src/local/types';
import { Workbook } from '../../../src/local/workbook';

export interface HostLog {
  calls: { name: string; args: unknown[] }[];
}

export function describeArg(a: unknown): string {
  if (Array.isArray(a)) return `array${a.length}x${Array.isArray(a[0]) ? a[0].length : '?'}`;
  if (a instanceof Date) return 'date';
  return typeof a;
}

export function makeHost(log: HostLog) {
  return (name: string, args: unknown[]): unknown => {
    log.calls.push({ name, args });
    switch (name) {
      case 'DOUBLE_ALL': {
        const a = args[0];
        if (!Array.isArray(a)) return typeof a === 'number' ? a * 2 : a;
        return a.map((row: CellValue[]) => row.map((v) => (typeof v === 'number' ? v * 2 : v)));
      }
      case 'THROWS':
        throw new Error('THROWS: bad');
      case 'SHAPE':
        return [args.map(describeArg).join(',') || 'none'];
      case 'ECHO':
        return args[0];
      case 'SEQ': {
        const n = Number(args[0]);
        return Array.from({ length: n }, (_, i) => [i + 1]);
      }
      default:
        throw new Error(`no such function ${name}`);
    }
  };
}

export function newWorkbook(sheet = 'Sheet1'): { wb: Workbook; log: HostLog } {
  const log: HostLog = { calls: [] };
  const wb = new Workbook({
    customFunctions: {
      names: ['DOUBLE_ALL', 'THROWS', 'SHAPE', 'ECHO', 'SEQ'],
      host: makeHost(log),
    },
  });
  wb.addSheet(sheet);
  return { wb, log };
}
