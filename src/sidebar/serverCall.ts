// google.script.run as promises, typed by the server's own endpoints (as enuchi's
// React-Google-Apps-Script types its client): a wrong name or argument does not compile.
import type { SidebarEndpoints } from '../addon/endpoints';

type EndpointName = keyof SidebarEndpoints;

interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: Error) => void): ScriptRun;
  [functionName: string]: unknown;
}

declare const google: { script: { run: ScriptRun } };

export function serverCall<Name extends EndpointName>(
  name: Name,
  ...args: Parameters<SidebarEndpoints[Name]>
): Promise<ReturnType<SidebarEndpoints[Name]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<SidebarEndpoints[Name]>))
      .withFailureHandler(reject);
    const target = runner[name];
    if (typeof target !== 'function') {
      reject(new Error(`No server function ${name}`));
      return;
    }
    target.apply(runner, args);
  });
}
