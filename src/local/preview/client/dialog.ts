// The add-on's alerts and prompts, asked in the page as Sheets asks them: a modal with the
// title, the text, a text field for a prompt, the set's buttons and a close box (Escape too),
// which answers CLOSE. The script waits meanwhile; the page learns of the dialog by holding a
// poll on the dialog endpoint (a worker's server: the preview's own is blocked while it waits).

import type { DialogAnswer, DialogPoll, OpenDialog } from '../protocol';
import { getJson } from './api';

/** Google shows its buttons in the user's language; the preview's own chrome is English. */
const LABELS: Record<string, string> = { OK: 'OK', CANCEL: 'Cancel', YES: 'Yes', NO: 'No' };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class DialogPrompter {
  private shown: OpenDialog | null = null;
  private endpoint = '';

  constructor(
    private readonly box: HTMLDialogElement,
    private readonly parts: {
      title: HTMLElement;
      text: HTMLElement;
      input: HTMLInputElement;
      buttons: HTMLElement;
      close: HTMLButtonElement;
    },
  ) {
    // Escape closes a dialog in Sheets as its close box does.
    box.addEventListener('cancel', (event) => {
      event.preventDefault();
      void this.answer('CLOSE');
    });
    parts.close.addEventListener('click', () => void this.answer('CLOSE'));
    parts.buttons.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-button]');
      if (button?.dataset.button) void this.answer(button.dataset.button);
    });
    parts.input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && this.shown) void this.answer(this.shown.buttons[0]);
    });
  }

  /** Starts polling the endpoint (once; later calls with the same endpoint do nothing). */
  start(endpoint: string): void {
    if (this.endpoint || !endpoint) return;
    this.endpoint = endpoint;
    void this.poll();
  }

  private async poll(): Promise<void> {
    for (;;) {
      try {
        const showing = this.shown?.id ?? 0;
        const { dialog } = await getJson<DialogPoll>(`${this.endpoint}dialog?showing=${showing}`);
        this.render(dialog);
      } catch {
        // The preview stopped, or is restarting: try again in a while.
        await sleep(1000);
      }
    }
  }

  private render(dialog: OpenDialog | null): void {
    if (dialog?.id === this.shown?.id) return;
    this.shown = dialog;
    if (!dialog) {
      if (this.box.open) this.box.close();
      return;
    }
    const { title, text, input, buttons } = this.parts;
    title.textContent = dialog.title;
    title.hidden = dialog.title === '';
    text.textContent = dialog.prompt;
    // A dialog without a title is named by its text.
    this.box.setAttribute('aria-labelledby', dialog.title ? title.id : text.id);
    input.hidden = dialog.kind !== 'prompt';
    input.value = '';
    buttons.replaceChildren(
      ...dialog.buttons.map((name, i) => {
        const button = document.createElement('button');
        button.type = 'button';
        button.dataset.button = name;
        button.textContent = LABELS[name] ?? name;
        if (i === 0) button.className = 'primary';
        return button;
      }),
    );
    if (!this.box.open) this.box.showModal();
    (dialog.kind === 'prompt' ? input : (buttons.firstElementChild as HTMLElement | null))?.focus();
  }

  private async answer(button: string): Promise<void> {
    const dialog = this.shown;
    if (!dialog) return;
    const body: DialogAnswer = { id: dialog.id, button, text: this.parts.input.value };
    this.box.close();
    // text/plain keeps this a simple cross-origin request (no preflight); the worker reads JSON.
    await fetch(`${this.endpoint}answer`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify(body),
    }).catch(() => undefined);
  }
}
