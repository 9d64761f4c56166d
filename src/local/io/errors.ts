// One error shape for every file problem, so the CLI and the preview can print it as is:
// a single line that names the file and says what is wrong, e.g. "data.csv: file is empty".

import { basename } from 'node:path';

export class WorkbookFileError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${basename(file)}: ${oneLine(problem)}`);
    this.name = 'WorkbookFileError';
  }
}

/** Library messages (JSZip, sax, fs) can span lines; the report must stay one line. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** The message of anything thrown, for wrapping library failures. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A readable reason for a failed fs call, instead of Node's "ENOENT: no such file ..." text. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'file not found';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, not a file';
    default:
      return `cannot read file (${messageOf(error)})`;
  }
}
