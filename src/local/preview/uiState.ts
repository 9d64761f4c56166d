// What the page needs of runtime.ui, plus a version that changes whenever the add-on shows
// a sidebar again (showSidebar twice reloads it in Sheets), so the page knows to reload.

import type { UiRecord } from '../types';
import type { UiState } from './protocol';
import type { PreviewRuntime } from './runtimePort';

export class SidebarTracker {
  private last: UiRecord['sidebar'] = null;
  private lastKey: string | null = null;
  private version = 0;

  /** The current version; bumped when the sidebar object or its content changed. */
  observe(sidebar: UiRecord['sidebar']): number {
    const key = sidebar ? `${sidebar.title}\u0000${sidebar.html}` : null;
    if (sidebar !== this.last || key !== this.lastKey) {
      if (sidebar) this.version++;
      this.last = sidebar;
      this.lastKey = key;
    }
    return this.version;
  }
}

export function uiState(
  runtime: PreviewRuntime,
  tracker: SidebarTracker,
  dialogEndpoint: string,
): UiState {
  const ui = runtime.ui;
  return {
    menus: ui.menus,
    sidebar: ui.sidebar,
    dialogs: ui.dialogs,
    alerts: ui.alerts,
    toasts: ui.toasts,
    sidebarVersion: tracker.observe(ui.sidebar),
    now: runtime.clock.now().toISOString(),
    dialogEndpoint,
  };
}
