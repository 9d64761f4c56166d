export type * from './protocol.js';
export type { PreviewRuntime, PreviewWorkbook } from './runtimePort.js';
export { type Preview, type PreviewOptions, startPreview } from './server.js';
