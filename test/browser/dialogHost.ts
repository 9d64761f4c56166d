// The preview of the marked sample in a process of its own (previewProcess.ts forks it): a
// script waiting for a dialog blocks its process's main thread, so the browser suite that
// answers dialogs must drive Chromium from another one. The sample has a daily schedule that
// ran once, so Remove KPI Guard… also asks about the history.
import { COLUMN_METADATA_KEY } from '../../src/addon/artifacts';
import { startPreview } from '../../src/local/preview/index';
import { createRuntime } from '../../src/local/runtime/createRuntime';
import { sampleWorkbook } from '../../src/local/sample/index';
import { markSample } from '../addon/markSample';
import { SidebarClient } from '../addon/sidebarClient';
import type { HostMessage, HostState } from './previewProcess';

const DAY = 24 * 60 * 60 * 1000;

const runtime = createRuntime({ data: sampleWorkbook(), now: new Date('2024-12-15T09:00:00Z') });
markSample(runtime);
const saved = new SidebarClient(runtime).setSchedule({ recalculate: 'daily' }).save();
if (!saved.ok) throw new Error(`schedule refused: ${JSON.stringify(saved)}`);
runtime.clock.advance(DAY);
const preview = await startPreview({ runtime, port: 0, host: '127.0.0.1' });

const state = (): HostState => ({
  sheets: runtime.workbook.sheetNames(),
  markings: runtime.services.model.spreadsheet
    .createDeveloperMetadataFinder()
    .withKey(COLUMN_METADATA_KEY)
    .find().length,
  answers: runtime.ui.alerts.map((a) => `${a.title}: ${a.answer}`),
  warnings: [...runtime.warnings],
});

const send = (message: HostMessage) => process.send?.(message);
process.on('message', (message: { type: 'state' | 'close' }) => {
  if (message.type === 'state') send({ type: 'state', state: state() });
  else void preview.close().then(() => process.exit(0));
});
send({ type: 'ready', url: preview.url });
