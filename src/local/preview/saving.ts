// The preview's Save: writes the workbook (with the edits made in the page) to the file it
// was opened from, or to --save's path. An XLSX keeps the cells and what the spreadsheet
// holds outside them (hidden sheets, named ranges, colour rules, developer metadata, document
// properties); a CSV keeps one sheet's cells, and Save says what it left out and how to keep
// it. Unsaved = the cells were written to since the last save (the workbook's revision moved;
// recalculation alone is not an edit) or the state outside them changed. Before the first
// overwrite of the opened file, that file is copied aside: the writer keeps values, formulas,
// number formats and fills, but not the fonts, borders or charts an XLSX may also hold.

import { copyFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { csvLeavesOut, listed, writeWorkbookFile } from '../io/index';
import type { DocumentState, WorkbookData } from '../types';
import { HttpError } from './http';
import type { FileState, SaveResult } from './protocol';

export interface SaveTarget {
  path: string;
  /** True when this is the file the preview opened: it is backed up before the first save. */
  opened: boolean;
  /** For a CSV: the sheet it holds (the one the CSV was read into). */
  sheet?: string;
}

/** What Save needs of the runtime (LocalRuntime has it all). */
export interface SavableDocument {
  workbook: { readonly revision: number; sheetNames(): string[] };
  /** Everything Save writes: the cells and the state outside them. */
  toData(): WorkbookData;
  /** The state outside the cells alone: cheap, so every file-state request may compare it. */
  documentState(): DocumentState;
}

type Writer = typeof writeWorkbookFile;

/** "data.csv" → "data.backup.csv", beside it. */
export function backupPath(path: string): string {
  const ext = extname(path);
  return `${path.slice(0, path.length - ext.length)}.backup${ext}`;
}

const isCsv = (path: string) => extname(path).toLowerCase() === '.csv';

/** "sales.csv" → "sales.xlsx": where to keep what a CSV cannot hold. */
const asXlsx = (path: string) => `${basename(path, extname(path))}.xlsx`;

export class Saving {
  private savedRevision: number;
  private savedState: string;
  private backedUp = false;

  constructor(
    private readonly document: SavableDocument,
    private readonly target: SaveTarget | null,
    private readonly notes: readonly string[] = [],
    private readonly write: Writer = writeWorkbookFile,
  ) {
    this.savedRevision = document.workbook.revision;
    this.savedState = this.stateKey();
  }

  private stateKey(): string {
    return JSON.stringify(this.document.documentState());
  }

  state(): FileState {
    const target = this.target;
    const warning = target && isCsv(target.path) ? this.csvWarning(target) : null;
    return {
      target: target ? basename(target.path) : null,
      dirty:
        this.document.workbook.revision !== this.savedRevision ||
        this.stateKey() !== this.savedState,
      notes: warning ? [...this.notes, warning] : [...this.notes],
    };
  }

  /** Said before the loss: what a save to this CSV would leave out, once there is any. */
  private csvWarning(target: SaveTarget): string | null {
    const names = this.document.workbook.sheetNames();
    const sheet = target.sheet ?? names[0];
    const left = csvLeavesOut(names, this.document.documentState(), sheet);
    if (left.length === 0) return null;
    const name = basename(target.path);
    return `${name} holds only the cells of "${sheet}": Save leaves out ${listed(left)}. To keep them, start the preview with --save ${asXlsx(target.path)}.`;
  }

  async save(): Promise<SaveResult> {
    const target = this.target;
    if (!target) {
      throw new HttpError(
        409,
        'The sample workbook has no file to save to. Start the preview with `npm start -- --save my.xlsx` to keep your edits.',
      );
    }
    const revision = this.document.workbook.revision;
    const data = this.document.toData();
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
    let leftOut: string[];
    try {
      ({ leftOut } = await this.write(target.path, data, { sheet: target.sheet }));
    } catch (error) {
      throw new HttpError(500, error instanceof Error ? error.message : String(error));
    }
    this.savedRevision = revision;
    this.savedState = JSON.stringify(data.document ?? null);
    const name = basename(target.path);
    if (leftOut.length === 0) return { saved: name, message: `Saved ${name}` };
    return {
      saved: name,
      message: `Saved ${name}, its cells only: a CSV cannot hold ${listed(leftOut)}. To keep them, save as .xlsx: start the preview with --save ${asXlsx(target.path)}.`,
    };
  }
}
