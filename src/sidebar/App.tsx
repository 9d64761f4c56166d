// The sidebar: reads the active sheet in one round trip, lets the user mark columns, and
// saves every change in one more. Messages go to one role="status" region; a field's
// message sits beside the field. It speaks the page's locale (the user's) until that first
// round trip answers the spreadsheet's, and that one from then on.
import { useEffect, useRef, useState } from 'preact/hooks';
import type {
  ColumnDraft,
  FieldError,
  LegendKpi,
  LegendRun,
  Message,
  SidebarView,
} from '../addon/endpoints';
import { uiLocaleFromTag } from '../i18n/locale';
import { day, type Translator, translator } from '../i18n/translate';
import { ColumnCard } from './ColumnCard';
import {
  buildRequest,
  type Drafts,
  draftsOf,
  isChanged,
  isScheduleChanged,
  localizedView,
  type ScheduleEdit,
  scheduleEditOf,
} from './drafts';
import { Glance } from './Glance';
import { I18n } from './i18n';
import { Legend } from './Legend';
import { ScheduleFields } from './ScheduleFields';
import { serverCall } from './serverCall';

type Tone = 'info' | 'success' | 'error';

/** Answers that mean the sidebar's picture of the sheet is out of date. */
const RELOAD_KEYS = new Set<Message['key']>([
  'save.stale',
  'save.staleHeaderRow',
  'save.sheetGone',
  'invalid.payload',
  'invalid.unknownColumn',
  'invalid.unknownCounterpart',
  'save.scheduleStale',
]);

/** The section the page was opened at: the menu's "Schedule…" opens it at the schedule. */
function openedAt(): string | undefined {
  return document.getElementById('app')?.dataset.openAt;
}

export function App({ initial }: { initial: Translator }) {
  const [words, setWords] = useState(initial);
  const { t, locale } = words;
  const formatMessage = words.format;
  const [view, setView] = useState<SidebarView | null>(null);
  const [drafts, setDrafts] = useState<Drafts>({});
  const [headerRow, setHeaderRow] = useState('');
  const [schedule, setSchedule] = useState<ScheduleEdit>({ recalculate: 'off', staleAfter: '' });
  const recalculateRef = useRef<HTMLSelectElement>(null);
  const [focusSchedule, setFocusSchedule] = useState(openedAt() === 'schedule');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [notice, setNotice] = useState<{ text: string; tone: Tone } | null>({
    text: t('app.loading'),
    tone: 'info',
  });
  const [reload, setReload] = useState(false);
  const [saving, setSaving] = useState(false);

  const show = (answered: SidebarView) => {
    const reader =
      answered.locale === words.locale.tag ? words : translator(uiLocaleFromTag(answered.locale));
    document.documentElement.lang = reader.locale.tag;
    setWords(reader);
    const next = localizedView(answered, reader.locale);
    setView(next);
    setDrafts(draftsOf(next));
    setHeaderRow(String(next.headerRow));
    setSchedule(scheduleEditOf(next));
    setErrors([]);
    setReload(false);
  };

  const load = () => {
    setNotice({ text: t('app.loading'), tone: 'info' });
    serverCall('loadSidebar').then(
      (next) => {
        show(next);
        setNotice(null);
      },
      (error: Error) => {
        setNotice({ text: t('app.loadFailed', { reason: error.message }), tone: 'error' });
        setReload(true);
      },
    );
  };
  useEffect(load, []);
  // Opened from "Schedule…": once the view is there, the Recalculate select has the focus.
  useEffect(() => {
    if (!view || !focusSchedule || !recalculateRef.current) return;
    recalculateRef.current.scrollIntoView({ block: 'center' });
    recalculateRef.current.focus();
    setFocusSchedule(false);
  }, [view, focusSchedule]);
  // After a refused save, the first field with a message gets the focus.
  useEffect(() => {
    if (errors.length > 0) document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const save = async () => {
    if (!view) return;
    const request = buildRequest(view, drafts, headerRow, locale, schedule);
    if (request.changes.length === 0 && request.headerRow === null && !request.schedule) {
      setNotice({ text: t('save.nothing'), tone: 'info' });
      return;
    }
    setSaving(true);
    setNotice({ text: t('save.saving'), tone: 'info' });
    try {
      const result = await serverCall('saveSidebar', request, view.locale);
      if (result.ok) {
        show(result.view);
        setNotice({ text: formatMessage(result.message), tone: 'success' });
      } else {
        setErrors(result.errors);
        setNotice({ text: formatMessage(result.message), tone: 'error' });
        setReload(
          RELOAD_KEYS.has(result.message.key) ||
            result.errors.some((e) => RELOAD_KEYS.has(e.message.key)),
        );
      }
    } catch (error) {
      setNotice({ text: t('save.failed', { reason: (error as Error).message }), tone: 'error' });
    } finally {
      setSaving(false);
    }
  };

  /** A legend link: the run's coloured cells become the sheet's selection. */
  const select = async (kpi: LegendKpi, run: LegendRun) => {
    if (!view) return;
    try {
      const result = await serverCall('selectRows', {
        sheetId: view.sheetId,
        column: kpi.position,
        firstRow: run.firstRow,
        lastRow: run.lastRow,
      });
      setNotice(
        result.ok
          ? { text: t('legend.selected', { range: result.a1 }), tone: 'info' }
          : { text: formatMessage(result.message), tone: 'error' },
      );
    } catch (error) {
      setNotice({ text: (error as Error).message, tone: 'error' });
    }
  };

  const update = (key: string) => (draft: ColumnDraft) => {
    setDrafts((current) => ({ ...current, [key]: draft }));
    setErrors((current) => current.filter((e) => e.key !== key));
  };
  const errorOf = (key: string) => (field: string) => {
    const found = errors.find((e) => e.key === key && e.field === field);
    return found ? formatMessage(found.message) : undefined;
  };
  const errorId = (key: string) => (field: string) => `error-${key}-${field}`;
  const changedCount = view
    ? view.columns.filter((c) => drafts[c.ref.key] && isChanged(drafts[c.ref.key], c.saved))
        .length + (isScheduleChanged(view, schedule) ? 1 : 0)
    : 0;
  const updateSchedule = (next: ScheduleEdit) => {
    setSchedule(next);
    setErrors((current) => current.filter((e) => e.key !== ''));
  };
  const headerError = errorOf('')('headerRow');
  const footer =
    notice?.tone === 'error' || changedCount === 0
      ? { text: notice?.text ?? '', tone: notice?.tone ?? 'info' }
      : { text: t('app.unsaved'), tone: 'info' };

  return (
    <I18n.Provider value={words}>
      <main>
        <header>
          <h1 class="visually-hidden">{t('addon.name')}</h1>
          <p class="hint">{t('app.intro')}</p>
        </header>
        <div role="status" class={`status ${notice?.tone ?? 'info'}`}>
          {notice ? <p>{notice.text}</p> : null}
          {view && view.problems.length > 0 ? (
            <ul class="problems">
              {view.problems.map((problem, i) => (
                <li key={i}>{formatMessage(problem)}</li>
              ))}
            </ul>
          ) : null}
        </div>
        {reload ? (
          <button type="button" class="secondary reload" onClick={load}>
            {t('app.reload')}
          </button>
        ) : null}
        {view ? (
          <>
            <p class="meta">
              {t('app.sheet', { sheet: view.sheetName })} ·{' '}
              {t('app.asOf', { date: day(view.asOf) })}
            </p>
            <div class="field header-row">
              <label>
                <span class="label">{t('headerRow.label')}</span>
                <input
                  type="number"
                  min={1}
                  max={view.maxHeaderRow}
                  step={1}
                  value={headerRow}
                  onInput={(e) => setHeaderRow(e.currentTarget.value)}
                  {...(headerError
                    ? { 'aria-invalid': true, 'aria-describedby': 'error-header-row' }
                    : {})}
                />
              </label>
              {headerError ? (
                <p class="field-error" id="error-header-row">
                  {headerError}
                </p>
              ) : null}
            </div>
            <Legend legend={view.legend} onSelect={select} />
            <Glance columns={view.columns} stale={view.stale} />
            <section class="columns" aria-labelledby="columns-heading">
              <h2 id="columns-heading">{t('columns.heading')}</h2>
              {view.columns.length === 0 ? <p class="hint">{t('app.emptySheet')}</p> : null}
              <ul>
                {view.columns.map((column) => {
                  const draft = drafts[column.ref.key] ?? column.saved;
                  return (
                    <ColumnCard
                      key={column.ref.key}
                      column={column}
                      draft={draft}
                      view={view}
                      drafts={drafts}
                      changed={isChanged(draft, column.saved)}
                      update={update(column.ref.key)}
                      errorOf={errorOf(column.ref.key)}
                      errorId={errorId(column.ref.key)}
                    />
                  );
                })}
              </ul>
            </section>
            <ScheduleFields
              schedule={view.schedule}
              edit={schedule}
              update={updateSchedule}
              errorOf={errorOf('')}
              selectRef={recalculateRef}
            />
          </>
        ) : null}
        <footer class="actions">
          <button type="button" class="action" disabled={saving || !view} onClick={save}>
            {t('save.button')}
          </button>
          {/* What the status region said, repeated where the eye is after pressing Save; screen
              readers already heard it from the region. */}
          <span class={`hint footer-${footer.tone}`} aria-hidden="true">
            {footer.text}
          </span>
        </footer>
      </main>
    </I18n.Provider>
  );
}
