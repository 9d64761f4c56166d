// Compile-time only: every call the @types/google-apps-script signature allows must be a
// valid call of the emulated method (for the last overload, which `infer` sees), so add-on
// code typed against the real services runs against these unchanged. A mismatch fails `tsc`, nothing runs here.
import type { Cache } from './cache';
import type { HtmlOutput } from './html';
import type { Lock } from './lock';
import type { Properties } from './properties';
import type { Range } from './range';
import type { Sheet } from './sheet';
import type { Spreadsheet } from './spreadsheet';

type Implements<Ours, Theirs, K extends keyof Theirs & keyof Ours> = {
  [P in K]: Theirs[P] extends (...args: infer A) => unknown
    ? Ours[P] extends (...args: A) => unknown
      ? true
      : false
    : false;
};

type GasRange = GoogleAppsScript.Spreadsheet.Range;
type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GasSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type RangeCheck = Implements<
  Range,
  GasRange,
  | 'getValues'
  | 'getValue'
  | 'getFormulas'
  | 'getFormula'
  | 'getDisplayValues'
  | 'getDisplayValue'
  | 'getBackgrounds'
  | 'getA1Notation'
  | 'getRow'
  | 'getColumn'
  | 'getNumRows'
  | 'getNumColumns'
  | 'getLastRow'
  | 'getLastColumn'
  | 'offset'
  | 'setValues'
  | 'setValue'
  | 'setFormulas'
  | 'setFormula'
  | 'setBackground'
  | 'getNumberFormat'
  | 'getNumberFormats'
  | 'setNumberFormat'
  | 'setNumberFormats'
>;

export type SheetCheck = Implements<
  Sheet,
  GasSheet,
  | 'getName'
  | 'setName'
  | 'getSheetId'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getMaxRows'
  | 'getMaxColumns'
  | 'insertColumns'
  | 'deleteColumns'
  | 'insertRows'
  | 'deleteRows'
  | 'isSheetHidden'
  | 'getFrozenRows'
  | 'setFrozenRows'
>;

export type SpreadsheetCheck = Implements<
  Spreadsheet,
  GasSpreadsheet,
  // toast is left out: its typing uses the boxed `Number` for timeoutSeconds.
  | 'getId'
  | 'getName'
  | 'getSpreadsheetTimeZone'
  | 'getSpreadsheetLocale'
  | 'getNumSheets'
  | 'getUrl'
>;

export type PropertiesCheck = Implements<
  Properties,
  GoogleAppsScript.Properties.Properties,
  'getProperty' | 'getKeys' | 'getProperties' | 'setProperty' | 'deleteProperty'
>;

export type CacheCheck = Implements<
  Cache,
  GoogleAppsScript.Cache.Cache,
  'get' | 'getAll' | 'put' | 'putAll' | 'remove' | 'removeAll'
>;

export type LockCheck = Implements<
  Lock,
  GoogleAppsScript.Lock.Lock,
  'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock'
>;

export type HtmlOutputCheck = Implements<
  HtmlOutput,
  GoogleAppsScript.HTML.HtmlOutput,
  'getContent' | 'getTitle' | 'setTitle' | 'setWidth' | 'setHeight' | 'getWidth' | 'getHeight'
>;

// Every listed method must come out `true`; `false` marks a signature that drifted.
type AllTrue<T> = false extends T[keyof T] ? false : true;
export const typesMatch: [
  AllTrue<RangeCheck>,
  AllTrue<SheetCheck>,
  AllTrue<SpreadsheetCheck>,
  AllTrue<PropertiesCheck>,
  AllTrue<CacheCheck>,
  AllTrue<LockCheck>,
  AllTrue<HtmlOutputCheck>,
] = [true, true, true, true, true, true, true];
