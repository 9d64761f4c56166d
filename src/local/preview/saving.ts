// The preview's Save: writes the workbook (with the edits made in the page) to the file it
// was opened from, or to --save's path. Unsaved = the workbook was written to since the last
// save (its revision moved); recalculation alone is not an edit. Before the first overwrite
// of the opened file, that file is copied aside: the writer keeps values, formulas, number
// formats and fills, but not the fonts, borders or charts an XLSX may also hold.

import { copyFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { writeWorkbookFile } from '../io/index';
import type { WorkbookData } from '../types';
import { HttpError } from './http';
import type { FileState, SaveResult } from './protocol';

export interface SaveTarget {
  path: string;
  /** True when this is the file the preview opened: it is backed up before the first save. */
  opened: boolean;
  /** For a CSV: the sheet it holds (the one the CSV was read into). */
  sheet?: string;
}

export interface SavableWorkbook {
  readonly revision: number;
  toData(): WorkbookData;
}

type Writer = typeof writeWorkbookFile;

/** "data.csv" → "data.backup.csv", beside it. */
export function backupPath(path: string): string {
  const ext = extname(path);
  return `${path.slice(0, path.length - ext.length)}.backup${ext}`;
}

export class Saving {
  private savedRevision: number;
  private backedUp = false;

  constructor(
    private readonly workbook: SavableWorkbook,
    private readonly target: SaveTarget | null,
    private readonly notes: readonly string[] = [],
    private readonly write: Writer = writeWorkbookFile,
  ) {
    this.savedRevision = workbook.revision;
  }

  state(): FileState {
    return {
      target: this.target ? basename(this.target.path) : null,
      dirty: this.workbook.revision !== this.savedRevision,
      notes: [...this.notes],
    };
  }

  async save(): Promise<SaveResult> {
    const target = this.target;
    if (!target) {
      throw new HttpError(
        409,
        'The sample workbook has no file to save to. Start the preview with `npm start -- --save my.xlsx` to keep your edits.',
      );
    }
    const revision = this.workbook.revision;
    const data = this.workbook.toData();
    if (target.opened && !this.backedUp) {
      await copyFile(target.path, backupPath(target.path)).catch((error: NodeJS.ErrnoException) => {
        // A file moved away has nothing to keep; any other failure must not cost the original.
        if (error.code === 'ENOENT') return;
        throw new HttpError(
          500,
          `${basename(target.path)}: not saved, could not keep a backup first (${error.message})`,
        );
      });
      this.backedUp = true;
    }
    try {
      await this.write(target.path, data, { sheet: target.sheet });
    } catch (error) {
      throw new HttpError(500, error instanceof Error ? error.message : String(error));
    }
    this.savedRevision = revision;
    const name = basename(target.path);
    const dropped =
      extname(target.path).toLowerCase() === '.csv' && data.sheets.length > 1
        ? ` (sheet "${target.sheet ?? data.sheets[0].name}" only: a CSV holds one sheet)`
        : '';
    return { saved: name, message: `Saved ${name}${dropped}` };
  }
}
