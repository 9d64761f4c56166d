// Every test fails if a runtime it used warned: a warning marks something that works in the
// local runtime but not in Sheets (a conditional-format rule Sheets would never apply, an
// onOpen that fails in AuthMode.NONE). A test that expects a warning takes it
// (runtime.takeWarnings()) before it ends.
import { afterEach } from 'vitest';
import { type LocalRuntime, onRuntimeCreated } from '../../src/local/runtime/createRuntime';

const runtimes: WeakRef<LocalRuntime>[] = [];
onRuntimeCreated((runtime) => runtimes.push(new WeakRef(runtime)));

/** Throws with the warnings left in any runtime created so far, taking them. */
export function assertNoRuntimeWarnings(): void {
  const left = runtimes.flatMap((ref) => ref.deref()?.takeWarnings() ?? []);
  if (left.length > 0) {
    throw new Error(
      `The local runtime warned; this would not work in Google Sheets:\n- ${left.join('\n- ')}`,
    );
  }
}

afterEach(assertNoRuntimeWarnings);
