// A typed, promise-based wrapper over google.script.run (as enuchi/React-Google-Apps-Script
// does), so sidebar code awaits server functions instead of nesting callbacks.

interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: Error) => void): ScriptRun;
  [functionName: string]: unknown;
}

declare const google: { script: { run: ScriptRun } };

export function serverCall<T>(functionName: string, ...args: unknown[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as T))
      .withFailureHandler(reject);
    const target = runner[functionName];
    if (typeof target !== 'function') {
      reject(new Error(`No server function ${functionName}`));
      return;
    }
    target.apply(runner, args);
  });
}
