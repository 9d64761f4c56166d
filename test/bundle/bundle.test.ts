// The built dist/ loaded as Apps Script loads it: every .js file in one global scope, in
// clasp's push order, then the five functions called through their top-level stubs.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inlineSidebar } from '../../scripts/build';
import { PUBLIC_FUNCTIONS } from '../../src/addon/registry';
import { CUSTOM_FUNCTIONS } from '../../src/functions/table';
import { loadDistContext } from '../../src/local/runtime/loadDist';
import { DIST, distScripts, stubOf } from '../support/distFiles';

type Callable = (...args: unknown[]) => unknown;
let scope: ReturnType<typeof loadDistContext>;
const call = (name: string, ...args: unknown[]) => (scope.global(name) as Callable)(...args);
const column = (values: unknown[]) => values.map((v) => [v]);

beforeAll(() => {
  // Custom functions need no Google service, so the scope has none: a call that reached
  // for one would fail here.
  scope = loadDistContext({ distDir: DIST, globals: {} });
});

describe('dist/ as Apps Script sees it', () => {
  it('uses no module syntax Apps Script cannot load', () => {
    for (const { name, text } of distScripts()) {
      expect(text, name).not.toMatch(/^\s*(import|export)\s/m);
      expect(text, name).not.toMatch(/\brequire\(/);
    }
  });

  it('is what clasp pushes, and leaves `clasp create` free to set the scriptId', async () => {
    const clasp = (await import(join(DIST, '..', '.clasp.json'), { with: { type: 'json' } }))
      .default;
    expect(clasp.rootDir).toBe('dist');
    // clasp 3 refuses `create` when .clasp.json has any scriptId, even an empty one.
    expect(clasp).not.toHaveProperty('scriptId');
  });

  // A guard against bundling what must stay out (HyperFormula, Node's modules: megabytes), not
  // a diet: loading the whole 150 KiB bundle into a fresh V8 context takes about 3 ms cold,
  // under 1 ms warm, which is what every custom-function call in Sheets pays.
  it('keeps Code.js under 300 KiB', () => {
    expect(statSync(join(DIST, 'Code.js')).size).toBeLessThan(300 * 1024);
  });

  it('copies appsscript.json from the repository root, where a clasp project keeps it', () => {
    const root = join(DIST, '..');
    expect(existsSync(join(root, 'src', 'appsscript.json'))).toBe(false);
    expect(readFileSync(join(DIST, 'appsscript.json'), 'utf8')).toBe(
      readFileSync(join(root, 'appsscript.json'), 'utf8'),
    );
  });

  it('inlines the sidebar script without letting "</script" in it end the element', () => {
    const html = inlineSidebar(
      '<style>/* inline:sidebar.css */</style><script>/* inline:sidebar.js */</script>',
      'b { color: red }',
      'var tag = "</script><b>not markup</b>"; var TAG = "</SCRIPT>";',
    );
    expect(html.match(/<\/script/gi)).toHaveLength(1);
    expect(html).toContain('var tag = "<\\/script><b>not markup</b>"; var TAG = "<\\/SCRIPT>";');
    const built = readFileSync(join(DIST, 'Sidebar.html'), 'utf8');
    expect(built.match(/<\/script/gi)?.length).toBe(built.match(/<script\b/gi)?.length);
  });

  it('declares least-privilege scopes and the V8 runtime', async () => {
    const manifest = (await import(join(DIST, 'appsscript.json'), { with: { type: 'json' } }))
      .default;
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBeTruthy();
    expect(manifest.oauthScopes.sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/script.scriptapp',
      // The change digest: MailApp sends it; Session.getActiveUser says to whom.
      'https://www.googleapis.com/auth/script.send_mail',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/userinfo.email',
    ]);
  });

  for (const spec of CUSTOM_FUNCTIONS) {
    it(`documents ${spec.name} for Sheets autocomplete with its real parameter names`, () => {
      const stub = stubOf(spec.name);
      expect(stub).not.toBeNull();
      expect(stub?.params).toEqual(spec.params.map((p) => p.name));
      const jsdoc = stub?.jsdoc ?? '';
      expect(jsdoc).toContain('@customfunction');
      expect(jsdoc).toContain(spec.summary);
      expect(jsdoc).toContain(`@example ${spec.example}`);
      for (const param of spec.params)
        expect(jsdoc).toMatch(new RegExp(`@param \\{[^}]+\\} ${param.name} `));
      expect(typeof scope.global(spec.name)).toBe('function');
    });
  }

  it('exposes every public function of the registry at top level, forwarding to the bundle', () => {
    const kinds = new Set(PUBLIC_FUNCTIONS.map((f) => f.kind));
    expect([...kinds].sort()).toEqual(['customFunction', 'endpoint', 'menu', 'trigger']);
    for (const entry of PUBLIC_FUNCTIONS) {
      expect(typeof scope.global(entry.name), entry.name).toBe('function');
      expect(stubOf(entry.name)?.params, entry.name).toEqual(entry.params);
      expect(scope.evaluate(`typeof KpiGuard.api.${entry.name}`), entry.name).toBe('function');
    }
    // Nothing public that the registry does not list: the stubs and the registry agree.
    const stubs = distScripts().find((f) => f.name === 'Stubs.js')?.text ?? '';
    const declared = [...stubs.matchAll(/^function (\w+)\(/gm)].map((m) => m[1]);
    expect(declared.sort()).toEqual(PUBLIC_FUNCTIONS.map((f) => f.name).sort());
  });
});

describe('the five functions through their stubs', () => {
  it('TARGET_PROGRESS answers cells and ranges', () => {
    expect(call('TARGET_PROGRESS', 3, 5)).toBe(0.6);
    expect(call('TARGET_PROGRESS', column([1, '', 5]), 5)).toEqual(column([0.2, '', 1]));
  });

  it('TARGET_PACE takes Dates as Apps Script passes them', () => {
    const result = call(
      'TARGET_PACE',
      1,
      5,
      0,
      new Date('2026-01-01T00:00:00Z'),
      new Date('2026-12-31T00:00:00Z'),
      new Date('2026-07-02T00:00:00Z'),
    );
    expect(result).toBe('OFF TRACK');
  });

  it('KPI_TREND and KPI_HEALTH read the nail factory', () => {
    const weight = column([10, 10.1, 10, 10.2, 11, 12, 13.5, 15, 16, 18]);
    expect(call('KPI_TREND', weight, 'up')).toBe('IMPROVING');
    expect(call('KPI_HEALTH', weight, 'up', 9, 12)).toBe('UNHEALTHY');
  });

  it('KPI_ISOLATION flags the lead funnel: leads up, customers flat ("pace")', () => {
    // Weekly: 13 calm weeks, then leads chased up 5 a week while customers stay flat.
    const leads = column([
      41, 39, 42, 40, 38, 41, 40, 39, 42, 38, 41, 40, 39, 46, 49, 57, 60, 63, 71, 75, 79, 87, 88,
      96, 100, 104,
    ]);
    const customers = column([
      6, 5, 4, 6, 4, 6, 5, 4, 6, 4, 6, 5, 4, 6, 5, 4, 6, 4, 6, 5, 4, 6, 4, 6, 5, 4,
    ]);
    const flags = (call('KPI_ISOLATION', leads, customers, 'up', 'pace') as unknown[][]).flat();
    expect(flags.slice(0, 9)).toEqual(new Array(9).fill(''));
    expect(flags.slice(9, 13)).toEqual(new Array(4).fill(false));
    expect(flags.slice(-5)).toEqual(new Array(5).fill(true));
  });

  it('throws Errors whose message names the function', () => {
    expect(() => call('TARGET_PROGRESS', 3, 12, 12)).toThrow(
      'TARGET_PROGRESS: target (12) equals baseline (12); progress is undefined',
    );
    expect(() => call('KPI_TREND', column([1, 2, 3, 4]), 'sideways')).toThrow(
      /^KPI_TREND: direction/,
    );
  });
});
