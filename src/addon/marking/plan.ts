// A save request against the settings read under the lock: either the messages to show
// beside the fields, or the exact metadata writes. Pure, so every rule is tested directly;
// the store only carries the writes out.
import { type Message, message } from '../../i18n/translate';
import { MAX_LABEL_CHARS, MAX_SETTINGS_CHARS, SETTINGS_VERSION } from '../settings/keys';
import {
  type ColumnSettings,
  type Link,
  type Rule,
  serializeColumnSettings,
} from '../settings/schema';
import { columnAt, type MarkedColumn, type SheetSettings } from '../settings/sheetSettings';
import type { DraftField, FieldError } from './contract';
import { numberFrom } from './drafts';
import { draftSettings } from './fields';
import {
  type Changes,
  checkPace,
  checkTimeColumns,
  directionOf,
  locateChanges,
  nameAt,
  type Pairing,
  resolveCounterparts,
  settingsAt,
} from './planChecks';
import type { SaveRequest } from './request';

export { resolveRef } from './planChecks';

export type ColumnWrite =
  | { kind: 'create'; position: number; text: string }
  | { kind: 'update'; entry: number; text: string }
  | { kind: 'remove'; entry: number };

export type SavePlan =
  | { ok: true; writes: ColumnWrite[]; headerRow: number | null }
  | { ok: false; message: Message; errors: FieldError[] };

export interface PlanOptions {
  /** The header row may be any row of the sheet. */
  maxHeaderRow: number;
  /** A fresh column id (k + 8 letters or digits). */
  newId: () => string;
}

export function planSave(
  current: SheetSettings,
  request: SaveRequest,
  options: PlanOptions,
): SavePlan {
  const errors: FieldError[] = [];
  const refuse = (why: Message): SavePlan => ({ ok: false, message: why, errors });

  const headerRow = checkHeaderRow(current, request, options, errors);
  if (headerRow === 'stale') return refuse(message('save.staleHeaderRow'));
  const located = locateChanges(current, request.changes, errors);
  if ('refused' in located) return refuse(located.refused);
  const changes: Changes = { current, byPosition: located, drafted: new Map() };
  for (const [position, change] of located) {
    const result = draftSettings(change.draft);
    for (const [field, why] of Object.entries(result.errors)) {
      errors.push({ key: change.ref.key, field: field as DraftField, message: why });
    }
    changes.drafted.set(position, result.settings);
  }
  checkTimeColumns(changes, errors);
  const pairings = resolveCounterparts(changes, errors);
  if (errors.length > 0) return refuse(message('save.invalid'));

  const { finals, linkedIds } = finalSettings(changes, pairings, options.newId);
  errors.push(...checkPace(finals, changes));
  if (errors.length > 0) return refuse(message('save.invalid'));
  const writes = writesFor(changes, finals, linkedIds, errors);
  if (errors.length > 0) return refuse(message('save.invalid'));
  return { ok: true, writes, headerRow };
}

/** The header row to store, null to leave it; 'stale' when it changed since the sidebar read it. */
function checkHeaderRow(
  current: SheetSettings,
  request: SaveRequest,
  options: PlanOptions,
  errors: FieldError[],
): number | null | 'stale' {
  if (!request.headerRow) return null;
  if (request.headerRow.revision !== current.headerRevision) return 'stale';
  const row = numberFrom(request.headerRow.value);
  if (row === null || !Number.isSafeInteger(row) || row < 1 || row > options.maxHeaderRow) {
    const why = message('invalid.headerRow', { max: options.maxHeaderRow });
    errors.push({ key: '', field: 'headerRow', message: why });
    return null;
  }
  return row;
}

/**
 * Every column's settings after the save, by position, with ids kept where a column has
 * one and made where a column gains settings or is linked to ("none" anchors).
 */
function finalSettings(changes: Changes, pairings: Map<number, Pairing[]>, newId: () => string) {
  const { current } = changes;
  const ids = new Map(current.columns.map((c) => [c.position, c.settings.id]));
  const taken = new Set(ids.values());
  const idAt = (position: number): string => {
    let id = ids.get(position);
    while (id === undefined || (taken.has(id) && ids.get(position) !== id)) id = newId();
    ids.set(position, id);
    taken.add(id);
    return id;
  };
  // A guardrail's rule is its counterpart's own direction; "pace" stays "pace".
  const linkTo = (position: number, rule: Rule): Link => ({
    id: idAt(position),
    rule: rule === 'pace' ? 'pace' : directionOf(settingsAt(changes, position)),
    label: nameAt(current, position).slice(0, MAX_LABEL_CHARS),
  });

  const finals = new Map<number, ColumnSettings>();
  const positions = new Set([
    ...current.columns.map((c) => c.position),
    ...changes.byPosition.keys(),
  ]);
  for (const position of [...positions].sort((a, b) => a - b)) {
    const draft = changes.drafted.get(position);
    const stored = columnAt(current, position);
    if (draft === undefined) {
      if (stored) finals.set(position, normalizedLinks(stored, linkTo));
      continue;
    }
    const common = { v: SETTINGS_VERSION, id: idAt(position), rev: 1 } as const;
    if (draft.role === 'kpi') {
      const chosen = (pairings.get(position) ?? []).map((p) => linkTo(p.position, p.rule));
      const counterparts = [...chosen, ...(stored?.heldLinks ?? [])];
      finals.set(position, { ...common, ...draft, counterparts });
    } else {
      finals.set(position, { ...common, ...draft });
    }
  }
  const linkedIds = new Set<string>();
  for (const settings of finals.values()) {
    if (settings.role === 'kpi') for (const link of settings.counterparts) linkedIds.add(link.id);
  }
  for (const [position, id] of ids) {
    if (linkedIds.has(id) && !finals.has(position)) {
      finals.set(position, { v: SETTINGS_VERSION, id, rev: 1, role: 'none' });
    }
  }
  return { finals, linkedIds };
}

/**
 * A stored KPI whose guardrails follow their counterparts' current directions. Rewritten
 * only when a rule changes; links to deleted columns then go, as they would on its own save.
 */
function normalizedLinks(stored: MarkedColumn, linkTo: (position: number, rule: Rule) => Link) {
  const settings = stored.settings;
  if (settings.role !== 'kpi') return settings;
  const resolved = stored.counterparts.map((link) => ({
    ...linkTo(link.position, link.rule),
    label: settings.counterparts.find((l) => l.id === link.id)?.label ?? '',
  }));
  if (resolved.every((link, i) => link.rule === stored.counterparts[i].rule)) return settings;
  return { ...settings, counterparts: [...resolved, ...stored.heldLinks] };
}

/** JSON with object keys sorted at every level, so equal settings give equal text. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const sameSettings = (a: ColumnSettings, b: ColumnSettings) =>
  canonicalJson({ ...a, rev: 0 }) === canonicalJson({ ...b, rev: 0 });

/**
 * The metadata writes that turn what is stored into `finals`: nothing for a column that
 * stays the same, a removal for a "none" nobody links to, the next revision otherwise.
 */
function writesFor(
  changes: Changes,
  finals: Map<number, ColumnSettings>,
  linkedIds: Set<string>,
  errors: FieldError[],
): ColumnWrite[] {
  const writes: ColumnWrite[] = [];
  for (const [position, settings] of finals) {
    const stored = columnAt(changes.current, position);
    if (settings.role === 'none' && !linkedIds.has(settings.id)) {
      if (stored) writes.push({ kind: 'remove', entry: stored.entry });
      continue;
    }
    if (stored && sameSettings(stored.settings, settings)) continue;
    const text = serializeColumnSettings({
      ...settings,
      rev: stored ? stored.settings.rev + 1 : 1,
    });
    if (text.length > MAX_SETTINGS_CHARS) {
      const key = changes.byPosition.get(position)?.ref.key ?? '';
      const why = message('invalid.tooLarge', { size: text.length, max: MAX_SETTINGS_CHARS });
      errors.push({ key, field: 'column', message: why });
    } else {
      writes.push(
        stored ? { kind: 'update', entry: stored.entry, text } : { kind: 'create', position, text },
      );
    }
  }
  return writes;
}
