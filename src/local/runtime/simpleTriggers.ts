// Opening the document (onOpen) and installing the add-on (onInstall), in the authorization
// mode the editor add-on lifecycle gives them.
// https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle: an add-on
// that is installed for the user but not yet used in this document runs onOpen(e) "in
// AuthMode.NONE (unless also enabled, in which case AuthMode.LIMITED)"; once anyone uses it in
// the document it is enabled there. onInstall(e) runs in AuthMode.FULL. A script bound to the
// document (not an add-on) runs onOpen in AuthMode.LIMITED.
// https://developers.google.com/apps-script/guides/triggers#restrictions: simple triggers fail
// without asking anyone; the emulator records the failure as a warning the tests fail on.

import type { AuthMode } from '../services/authorization';
import type { ServiceContext } from '../services/context';
import type { Invoke } from './executions';
import type { DistContext } from './loadDist';
import type { Services } from './services';

export interface AddonState {
  /** Loaded as an editor add-on (else a script bound to the spreadsheet). */
  addon: boolean;
  /** The add-on has been used in this document (a menu item, the sidebar, onInstall). */
  enabled: boolean;
}

export function openMode(state: AddonState): AuthMode {
  return state.addon && !state.enabled ? 'NONE' : 'LIMITED';
}

/** Runs a simple trigger if the add-on defines it; a failure is logged and warned, not thrown. */
export function runSimpleTrigger(
  name: 'onOpen' | 'onInstall',
  auth: AuthMode,
  ctx: ServiceContext,
  dist: DistContext,
  services: Services,
  invoke: Invoke,
): void {
  if (typeof dist.global(name) !== 'function') return;
  // The event object: https://developers.google.com/apps-script/guides/triggers/events
  const event = {
    authMode: auth,
    source: services.model.spreadsheet,
    user: services.Session.getActiveUser(),
  };
  try {
    invoke('simpleTrigger', name, [event], auth);
  } catch (error) {
    const message = `${name} failed in AuthMode.${auth}: ${(error as Error).message}`;
    ctx.logs.push(message);
    ctx.warn(message);
  }
}
