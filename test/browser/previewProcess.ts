// A preview served from a forked process (an entry such as dialogHost.ts, run with tsx), for
// browser tests that answer the add-on's alerts and prompts: while a script waits for the
// answer, the preview's main thread is blocked (as Apps Script suspends the script), so
// Playwright cannot run in that thread. The test asks the process for the runtime's state.
import { type ChildProcess, fork } from 'node:child_process';

/** What the test may check of the runtime in the other process. */
export interface HostState {
  sheets: string[];
  /** Column markings (developer metadata under COLUMN_METADATA_KEY). */
  markings: number;
  /** Every alert so far as "Title: ANSWER". */
  answers: string[];
  warnings: string[];
}

export type HostMessage = { type: 'ready'; url: string } | { type: 'state'; state: HostState };

export interface PreviewProcess {
  url: string;
  /** The runtime's state now (between runs: a waiting script cannot answer). */
  state(): Promise<HostState>;
  close(): Promise<void>;
}

function next(child: ChildProcess, type: HostMessage['type']): Promise<HostMessage> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: HostMessage) => {
      if (message.type !== type) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(message);
    };
    const onExit = (code: number | null) => {
      child.off('message', onMessage);
      reject(new Error(`the preview process exited (${code}) before sending ${type}`));
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

export async function startPreviewProcess(entry: string): Promise<PreviewProcess> {
  const child = fork(entry, { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
  const ready = await next(child, 'ready');
  if (ready.type !== 'ready') throw new Error('unexpected message');
  return {
    url: ready.url,
    state: async () => {
      const reply = next(child, 'state');
      child.send({ type: 'state' });
      const message = await reply;
      if (message.type !== 'state') throw new Error('unexpected message');
      return message.state;
    },
    close: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send({ type: 'close' });
      await exited;
    },
  };
}
