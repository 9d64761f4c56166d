// The file around the workbook: the Save button (and Ctrl+S), where it saves, the notes
// from reading the file, and the warning when the page is closed with unsaved edits.

import type { FileState, SaveResult } from '../protocol';
import { getJson, postJson } from './api';

export class FileControl {
  /** Unsaved edits as last known; an edit sets it at once, the server confirms. */
  dirty = false;
  onStatus: (message: string, isError?: boolean) => void = () => {};
  private state: FileState | null = null;
  private readonly button = document.getElementById('save') as HTMLButtonElement;
  private readonly name = document.getElementById('file-name') as HTMLElement;
  private readonly notes = document.getElementById('file-notes') as HTMLElement;

  constructor() {
    this.button.addEventListener('click', () => void this.save());
    document.addEventListener('keydown', (event) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void this.save();
      }
    });
    // The browser asks once whether to leave, in its own words. Chromium wants both the
    // cancelled event and a non-empty returnValue (older versions only look at the latter).
    window.addEventListener('beforeunload', (event) => {
      if (!this.dirty) return;
      event.preventDefault();
      event.returnValue = 'You have unsaved edits.';
    });
  }

  /** An edit went through: unsaved until the next save. */
  edited(): void {
    this.dirty = true;
    this.render();
  }

  async refresh(): Promise<void> {
    this.state = await getJson<FileState>('/api/file');
    this.dirty = this.state.dirty;
    this.render();
  }

  async save(): Promise<void> {
    this.button.disabled = true;
    try {
      const result = await postJson<SaveResult>('/api/save', {});
      this.onStatus(result.message);
      await this.refresh();
    } catch (error) {
      this.onStatus((error as Error).message, true);
    } finally {
      this.button.disabled = false;
    }
  }

  private render(): void {
    const target = this.state?.target ?? null;
    const where = target ?? 'sample workbook';
    this.name.textContent = this.dirty ? `${where} · unsaved edits` : where;
    this.button.title = target
      ? `Save to ${target} (Ctrl+S)`
      : 'The sample has no file to save to: start with npm start -- --save my.xlsx';
    this.button.classList.toggle('clean', !this.dirty);
    const notes = this.state?.notes ?? [];
    this.notes.hidden = notes.length === 0;
    this.notes.textContent = notes.join(' ');
  }
}
