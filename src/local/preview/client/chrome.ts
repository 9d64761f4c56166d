// Everything around the grid: sheet tabs, the add-on menus as the runtime recorded them,
// the sidebar pane, the clock buttons, toasts and the status line (alerts: dialog.ts).

import type { ClockResult, SheetList, UiState } from '../protocol';
import { getJson, postJson } from './api';
import { escapeHtml } from './cells';

export interface ChromeHooks {
  /** Run an add-on function (a menu item) and refresh whatever it changed. */
  run(functionName: string): Promise<void>;
  /** The clock moved or a script ran: the grid should refetch. */
  dataChanged(): Promise<void>;
  openSheet(name: string): Promise<void>;
}

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

export class Chrome {
  private ui: UiState | null = null;
  private shownSidebar = 0;
  private closedSidebar = 0;
  private seenToasts = 0;
  private message = '';
  private cellError = '';

  constructor(private readonly hooks: ChromeHooks) {
    $('clock').addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-advance]');
      if (button) void this.advance(Number(button.dataset.advance), button.textContent ?? '');
    });
    $('menubar').addEventListener('click', (event) => this.onMenuClick(event));
    document.addEventListener('click', (event) => {
      if (!(event.target as Element).closest('.menu')) this.closeMenus();
    });
    $('sidebar-close').addEventListener('click', () => this.closeSidebar());
  }

  renderTabs(list: SheetList, active: string): void {
    const tabs = $('tabs');
    // A hidden sheet (KPI Guard's helper) keeps a tab here, dimmed, so it can be inspected.
    const hidden = new Set(list.hidden ?? []);
    tabs.innerHTML = list.sheets
      .map((name) => {
        const classes = [name === active ? 'active' : '', hidden.has(name) ? 'hidden-sheet' : '']
          .filter(Boolean)
          .join(' ');
        const current = name === active ? ' aria-current="page"' : '';
        const title = hidden.has(name) ? ' title="Hidden in Sheets"' : '';
        return `<button type="button" data-sheet="${escapeHtml(name)}"${classes ? ` class="${classes}"` : ''}${current}${title}>${escapeHtml(name)}</button>`;
      })
      .join('');
    tabs.onclick = (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-sheet]');
      const name = button?.dataset.sheet;
      if (name !== undefined && name !== active) {
        this.renderTabs(list, name);
        void this.hooks.openSheet(name);
      }
    };
  }

  /** Fetch runtime.ui and show what changed: menus, a new sidebar, new toasts. */
  async refreshUi(): Promise<void> {
    const ui = await getJson<UiState>('/api/ui');
    this.ui = ui;
    this.renderMenus(ui);
    if (
      ui.sidebar &&
      ui.sidebarVersion !== this.shownSidebar &&
      ui.sidebarVersion !== this.closedSidebar
    ) {
      this.shownSidebar = ui.sidebarVersion;
      $('sidebar-title').textContent = ui.sidebar.title;
      $<HTMLIFrameElement>('sidebar-frame').src = `/sidebar?v=${ui.sidebarVersion}`;
      $('sidebar').hidden = false;
    }
    for (const toast of ui.toasts.slice(this.seenToasts)) {
      this.notice(toast.title, toast.message, toast.timeoutSeconds);
    }
    this.seenToasts = ui.toasts.length;
    this.renderStatus();
  }

  /** Where the page polls for the add-on's alerts and prompts ("" before the first refresh). */
  get dialogEndpoint(): string {
    return this.ui?.dialogEndpoint ?? '';
  }

  closeSidebar(): void {
    this.closedSidebar = this.shownSidebar;
    $('sidebar').hidden = true;
    $<HTMLIFrameElement>('sidebar-frame').removeAttribute('src');
  }

  status(message: string, isError = false): void {
    this.message = message;
    $('status').classList.toggle('error', isError);
    this.renderStatus();
  }

  /** The selected cell's error, as in the tooltip, e.g. "I2: KPI_TREND: …"; "" for none. */
  selectedError(text: string): void {
    if (text === this.cellError) return;
    this.cellError = text;
    this.renderStatus();
  }

  private renderStatus(): void {
    const now = this.ui ? new Date(this.ui.now) : null;
    const clock = now ? `Clock ${now.toISOString().replace('T', ' ').slice(0, 16)} UTC` : '';
    const status = $('status');
    status.textContent = [this.cellError, this.message, clock].filter(Boolean).join(' · ');
    status.classList.toggle('cell-error', this.cellError !== '');
  }

  private renderMenus(ui: UiState): void {
    const bar = $('menubar');
    const html = ui.menus
      .map(
        (menu, m) =>
          `<div class="menu" data-menu="${m}"><button type="button" aria-haspopup="true">Extensions ▸ ${escapeHtml(
            menu.title,
          )}</button><ul role="menu">${menu.items
            .map(
              (item) =>
                `<li><button type="button" class="menu-item" role="menuitem" data-function="${escapeHtml(
                  item.functionName,
                )}">${escapeHtml(item.caption)}</button></li>`,
            )
            .join('')}</ul></div>`,
      )
      .join('');
    // Rebuilding an open menu would close it under the user's pointer.
    if (bar.dataset.html !== html) {
      bar.innerHTML = html;
      bar.dataset.html = html;
    }
  }

  private onMenuClick(event: MouseEvent): void {
    const target = event.target as Element;
    const item = target.closest<HTMLButtonElement>('button[data-function]');
    if (item?.dataset.function) {
      this.closeMenus();
      void this.hooks.run(item.dataset.function);
      return;
    }
    const menu = target.closest<HTMLElement>('.menu');
    if (menu) {
      const open = !menu.classList.contains('open');
      this.closeMenus();
      menu.classList.toggle('open', open);
    }
  }

  private closeMenus(): void {
    document.querySelectorAll('.menu.open').forEach((menu) => {
      menu.classList.remove('open');
    });
  }

  private async advance(ms: number, label: string): Promise<void> {
    try {
      await postJson<ClockResult>('/api/clock/advance', { ms });
      this.status(`Clock advanced ${label}`);
      await Promise.all([this.refreshUi(), this.hooks.dataChanged()]);
    } catch (error) {
      this.status(`Clock: ${(error as Error).message}`, true);
    }
  }

  private notice(title: string, text: string, seconds: number): void {
    const box = document.createElement('div');
    box.className = 'notice';
    box.innerHTML = `${title ? `<strong>${escapeHtml(title)}</strong>` : ''}${escapeHtml(text)}`;
    $('notices').append(box);
    const ms = Math.min(Math.max(seconds > 0 ? seconds : 5, 2), 10) * 1000;
    setTimeout(() => box.remove(), ms);
  }
}
