export type * from './protocol';
export type { PreviewRuntime, PreviewWorkbook } from './runtimePort';
export { type Preview, type PreviewOptions, startPreview } from './server';
