// The add-on menu of the built add-on: built in AuthMode.NONE without reading anything, and
// its items run (Refresh as-of date: test/local/runtime/asOf.test.ts; Build dashboard:
// test/addon/dashboard.test.ts; Schedule…: test/addon/schedule.test.ts; Remove KPI Guard…:
// test/addon/removal.test.ts).
import { describe, expect, it } from 'vitest';
import { MENU_ITEMS } from '../../src/addon/menu';
import { createRuntime } from '../../src/local/runtime/createRuntime';
import { funnel } from './sidebarClient';

const CAPTIONS = [
  'Open sidebar',
  'Build dashboard',
  'Schedule…',
  'Refresh as-of date',
  'Remove KPI Guard…',
  'Help',
];

describe('the add-on menu', () => {
  it('is built on open with the six items, in order', () => {
    const runtime = createRuntime({ data: funnel() });
    const [menu] = runtime.ui.menus;
    expect(menu.title).toBe('KPI Guard');
    expect(menu.items.map((i) => i.caption).filter(Boolean)).toEqual(CAPTIONS);
    expect(menu.items.filter((i) => i.caption).map((i) => i.functionName)).toEqual(
      MENU_ITEMS.map((i) => i.handler),
    );
  });

  it('is built in AuthMode.NONE without reading properties, metadata or cells', () => {
    const runtime = createRuntime({ data: funnel(), open: false });
    const properties = runtime.services.PropertiesService;
    for (const method of [
      'getDocumentProperties',
      'getScriptProperties',
      'getUserProperties',
    ] as const) {
      properties[method] = () => {
        throw new Error(`onOpen in AuthMode.NONE called PropertiesService.${method}`);
      };
    }
    runtime.counter.reset();
    runtime.call('onOpen', [{ authMode: 'NONE' }]);
    expect(runtime.counter.snapshot()).toEqual({ 'SpreadsheetApp.getUi': 1 });
    expect(runtime.ui.menus[0].items.filter((i) => i.caption)).toHaveLength(6);
  });

  it('opens the sidebar and the help', () => {
    const runtime = createRuntime({ data: funnel() });
    runtime.call('showSidebar', []);
    expect(runtime.ui.sidebar).toMatchObject({ title: 'KPI Guard', width: 300 });
    runtime.call('showHelp', []);
    expect(runtime.ui.alerts[0].title).toBe('KPI Guard');
    expect(runtime.ui.alerts[0].prompt).toMatch(/A KPI measured alone is the one that gets gamed/);
  });
});
