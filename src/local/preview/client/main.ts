// The preview page: wires the grid, the editor and the chrome together, and listens to the
// sidebar's bridge (a script run may change cells, so the grid refreshes after each).

import type { CellBlock, SheetList } from '../protocol';
import { getJson, postJson } from './api';
import { Chrome } from './chrome';
import { DialogPrompter } from './dialog';
import { Editor, type EditTiming } from './editor';
import { FileControl } from './file';
import { asError, Grid } from './grid';
import { OutboxPanel } from './outbox';

declare global {
  interface Window {
    /** For the browser suite and the bench: readiness and the last edit's timing. */
    kgPreview?: { ready: boolean; lastEdit: () => EditTiming | null; paints: number };
  }
}

const byId = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

async function main(): Promise<void> {
  const scroller = byId('grid');
  const grid = new Grid({
    scroller,
    header: byId('grid-header'),
    body: byId('grid-body'),
    rows: byId('grid-rows'),
  });
  const editor = new Editor(grid, {
    scroller,
    editor: byId<HTMLInputElement>('cell-editor'),
    formula: byId<HTMLInputElement>('formula'),
    cellRef: byId('cellref'),
  });
  const state = { ready: false, lastEdit: () => editor.lastEdit, paints: 0 };
  window.kgPreview = state;
  grid.onPaint = () => {
    state.paints++;
    editor.showSelection();
  };

  const file = new FileControl();
  const outbox = new OutboxPanel();
  // The selection the server last reported: a script that moves it (Range.activate from a
  // legend link) is shown; the user's own clicks are sent so getActiveRange sees them.
  let serverSelection = '';
  const blockKey = (sheet: string, block: CellBlock) => JSON.stringify([sheet, block]);
  grid.onSelect = (block) => {
    serverSelection = blockKey(grid.sheet, block);
    void postJson('/api/active', { sheet: grid.sheet, selection: block }).catch((e: unknown) =>
      grid.onError(asError(e)),
    );
  };
  let tabsKey = '';
  /**
   * After a script or a trigger ran: new tabs (a sheet it added) and a selection it moved are
   * shown.
   */
  const followScript = async (): Promise<void> => {
    const list = await getJson<SheetList>('/api/sheets');
    const tabs = JSON.stringify([list.sheets, list.hidden]);
    const key = blockKey(list.active, list.selection);
    const moved = key !== serverSelection || list.active !== grid.sheet;
    if (tabs !== tabsKey || (moved && list.active !== grid.sheet)) {
      tabsKey = tabs;
      chrome.renderTabs(list, moved ? list.active : grid.sheet);
    }
    if (!moved) return;
    serverSelection = key;
    if (list.active !== grid.sheet) await grid.open(list.active);
    grid.selectBlock(list.selection);
  };
  const refreshAll = async (): Promise<void> => {
    await Promise.all([
      chrome.refreshUi(),
      grid.refresh(),
      file.refresh(),
      outbox.refresh(),
      followScript(),
    ]);
  };
  const chrome = new Chrome({
    run: async (functionName) => {
      chrome.status(`Running ${functionName}…`);
      try {
        await postJson(`/api/run/${encodeURIComponent(functionName)}`, []);
        chrome.status(`Ran ${functionName}`);
      } catch (error) {
        chrome.status(`${functionName}: ${asError(error).message}`, true);
      }
      await refreshAll();
    },
    // The clock moved: due triggers ran, and may have added a sheet (the schedule's history).
    dataChanged: async () => {
      await Promise.all([grid.refresh(), file.refresh(), outbox.refresh(), followScript()]);
    },
    openSheet: async (name) => {
      await Promise.all([postJson('/api/active', { sheet: name }), grid.open(name)]);
    },
  });
  editor.onStatus = (message, isError) => chrome.status(message, isError);
  editor.onEdited = () => file.edited();
  editor.onSelectedError = (text) => chrome.selectedError(text);
  file.onStatus = (message, isError) => chrome.status(message, isError);
  grid.onError = (error) => chrome.status(error.message, true);

  window.addEventListener('message', (event) => {
    if (event.origin !== location.origin) return;
    const data = event.data as { source?: string; type?: string } | null;
    if (data?.source !== 'kpi-guard-bridge') return;
    if (data.type === 'ran') void refreshAll().catch((e: unknown) => grid.onError(asError(e)));
    else if (data.type === 'close') chrome.closeSidebar();
    else if (data.type === 'focus') scroller.focus();
  });

  const list = await getJson<SheetList>('/api/sheets');
  const first = list.active ?? list.sheets[0] ?? '';
  serverSelection = blockKey(first, list.selection);
  tabsKey = JSON.stringify([list.sheets, list.hidden]);
  chrome.renderTabs(list, first);
  await Promise.all([
    chrome.refreshUi(),
    file.refresh(),
    outbox.refresh(),
    first ? grid.open(first) : Promise.resolve(),
  ]);
  new DialogPrompter(byId<HTMLDialogElement>('ask'), {
    title: byId('ask-title'),
    text: byId('ask-text'),
    input: byId<HTMLInputElement>('ask-input'),
    buttons: byId('ask-buttons'),
    close: document.querySelector<HTMLButtonElement>('#ask .ask-close') as HTMLButtonElement,
  }).start(chrome.dialogEndpoint);
  // A page opened (or reloaded) after a script selected cells shows that selection.
  if (first) grid.selectBlock(list.selection);
  scroller.focus();
  state.ready = true;
  document.body.dataset.ready = 'true';
}

main().catch((error: unknown) => {
  const status = document.getElementById('status');
  if (status) {
    status.textContent = `Preview failed to start: ${asError(error).message}`;
    status.classList.add('error');
  }
});
