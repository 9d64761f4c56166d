// The main thread's side of the preview's dialogs: runtime.askUser blocks the script, as
// Apps Script does while a dialog is open, until the dialog worker (dialogWorker.ts) writes
// the page's answer into shared memory. A dialog nobody answers is closed (CLOSE) after a
// bound, so the preview never hangs for ever.

import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import type { AskUser, UserAnswer } from '../services/ui';
import type { DialogWorkerData, FromWorker, ToWorker } from './dialogWorker';

export interface DialogChannelOptions {
  /** Where the worker listens: the preview's own host (loopback). */
  host: string;
  /** Origins of the preview page, the only pages that may see and answer a dialog. */
  pageOrigins: string[];
  /** A dialog not answered in this long answers CLOSE. Default 5 minutes. */
  timeoutMs?: number;
  /** A dialog no page polls for in this long answers CLOSE (the page went away). Default 5 s. */
  pageGoneMs?: number;
}

export interface DialogChannel {
  /** The worker's server, e.g. http://127.0.0.1:40123/ (GET dialog, POST answer). */
  url: string;
  /** Blocks until the page answers, the bound passes or the channel closes. */
  ask: AskUser;
  /** Stops the worker; a dialog still open answers CLOSE, and so does any asked later. */
  close(): Promise<void>;
}

const FIVE_MINUTES = 5 * 60 * 1000;
/** Room for the answer's JSON, prompt text included. */
const ANSWER_BYTES = 64 * 1024;
const CLOSED: UserAnswer = { button: 'CLOSE', text: '' };

let workerSource: Promise<string> | undefined;

/** The worker's TypeScript bundled into plain JS once per process: it runs without tsx. */
function loadWorkerSource(): Promise<string> {
  workerSource ??= build({
    entryPoints: [fileURLToPath(new URL('./dialogWorker.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    logLevel: 'silent',
  }).then(
    (result) => result.outputFiles[0].text,
    (error: unknown) => {
      workerSource = undefined;
      throw error;
    },
  );
  return workerSource;
}

export async function openDialogChannel(options: DialogChannelOptions): Promise<DialogChannel> {
  const timeoutMs = options.timeoutMs ?? FIVE_MINUTES;
  const state = new SharedArrayBuffer(8);
  const answerBuffer = new SharedArrayBuffer(ANSWER_BYTES);
  const flags = new Int32Array(state);
  const bytes = new Uint8Array(answerBuffer);
  const workerData: DialogWorkerData = {
    host: options.host,
    pageOrigins: options.pageOrigins,
    state,
    answer: answerBuffer,
    pageGoneMs: options.pageGoneMs ?? 5000,
  };
  const worker = new Worker(await loadWorkerSource(), { eval: true, workerData });
  const url = await new Promise<string>((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', (message: FromWorker) => {
      worker.off('error', reject);
      if (message.type === 'ready') resolve(message.url);
      else reject(new Error(`The preview's dialog server did not start: ${message.message}`));
    });
  });
  // A worker that fails later leaves dialogs to the bound; it must not crash the preview.
  worker.on('error', () => {});
  let closed = false;
  let lastId = 0;
  const post = (message: ToWorker) => worker.postMessage(message);

  const ask: AskUser = (dialog) => {
    if (closed) return CLOSED;
    const id = ++lastId;
    Atomics.store(flags, 0, 0);
    post({ type: 'ask', id, dialog });
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const left = deadline - Date.now();
      if (left <= 0 || Atomics.wait(flags, 0, 0, left) === 'timed-out') {
        post({ type: 'cancel', id });
        return CLOSED;
      }
      const text = new TextDecoder().decode(bytes.slice(0, Atomics.load(flags, 1)));
      const answer = JSON.parse(text) as { id: number; button: string; text: string };
      // An answer to an earlier dialog that came after its bound: wait on for this one.
      if (answer.id === id) return { button: answer.button, text: answer.text };
      Atomics.store(flags, 0, 0);
    }
  };

  return {
    url,
    ask,
    close: async () => {
      if (closed) return;
      closed = true;
      post({ type: 'close' });
      await worker.terminate();
    },
  };
}
