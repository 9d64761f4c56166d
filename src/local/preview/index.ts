export type * from './protocol';
export type { PreviewRuntime, PreviewWorkbook } from './runtimePort';
export { backupPath, type SaveTarget } from './saving';
export { type Preview, type PreviewOptions, startPreview } from './server';
