// The English catalogue: every word the menu, toasts, sheets and sidebar show. Each other
// language (nl.ts) is an object of type Catalogue: the same keys, each text with the same
// placeholders (test/i18n). Numbers and days in placeholders are written by the translator.

export const en = {
  'addon.name': 'KPI Guard',

  'menu.openSidebar': 'Open sidebar',
  'menu.buildDashboard': 'Build dashboard',
  'menu.schedule': 'Schedule…',
  'menu.refreshAsOf': 'Refresh as-of date',
  'menu.remove': 'Remove KPI Guard…',
  'menu.help': 'Help',
  'toast.asOfTitle': 'As-of date',
  'toast.asOfRefreshed': 'Formulas that use {name} now judge on {date}.',
  'remove.title': 'Remove KPI Guard',
  'remove.confirm':
    'Remove everything KPI Guard added to this spreadsheet? Its column settings, its colours (only its own rules), its helper, settings and dashboard sheets, the {name} named range and its schedule go. Your data, formulas, formats and own rules stay as they are.',
  'remove.cancelled': 'Nothing was removed.',
  'remove.busy':
    'KPI Guard is saving or running its schedule in this spreadsheet. Try again in a minute.',
  'remove.historyTitle': 'Keep the history?',
  'remove.history':
    'The sheet "{sheet}" holds the dated snapshots of your KPIs. Delete it too? Choose No to keep it as an ordinary sheet.',
  'remove.done': 'KPI Guard was removed from this spreadsheet.',
  'remove.doneHistoryKept':
    'KPI Guard was removed from this spreadsheet; the sheet "{sheet}" was kept.',
  'toast.busy': 'Another KPI Guard action is still running. Try again in a moment.',
  'toast.dashboardTitle': 'Dashboard',
  'toast.dashboardBuilt':
    'The dashboard shows {count} marked columns in live formulas. Build it again after marking other columns.',
  'toast.dashboardNothing':
    'No column is marked yet: open the sidebar, mark KPIs and targets, then build the dashboard.',
  'asOf.label': 'As-of date (KPI Guard formulas judge on this day)',
  'help.title': 'KPI Guard',
  'help.text':
    'A target is a goal ("5 new customers this year"). A KPI is a health reading that serves it. ' +
    'A KPI measured alone is the one that gets gamed, so KPI Guard pairs each KPI with what it ' +
    'should serve. Open the sidebar (Extensions ▸ KPI Guard ▸ Open sidebar), mark your columns as ' +
    'KPIs and targets, and pair each KPI with its counterparts. Formulas: KPI_HEALTH, KPI_TREND, ' +
    'TARGET_PROGRESS, TARGET_PACE and KPI_ISOLATION.',

  'helper.header': '{sheet}: {kpi} ▸ {counterpart} ({rule})',
  'helper.rule.guard': 'must not get worse',
  'helper.rule.pace': 'should keep pace',

  'app.loading': 'Reading this sheet…',
  'app.intro':
    'Mark which columns are KPIs (health readings) and which are targets (goals), then pair each KPI with what keeps it honest.',
  'app.sheet': 'Sheet: {sheet}',
  'app.asOf': 'As of {date}',
  'app.emptySheet': 'This sheet has no columns yet.',
  'app.loadFailed': 'Could not read the sheet: {reason}',
  'app.reload': 'Reload',
  'app.unsaved': 'Unsaved changes.',

  'headerRow.label': 'Header row',

  'legend.heading': 'Optimized in isolation',
  'legend.intro':
    'These KPIs are coloured where they improve while what they should serve falls behind. Select a sentence to see its rows.',
  'legend.none':
    'No KPI is coloured: none of the {count} KPIs with counterparts improves while what it should serve falls behind.',
  'legend.noneOne':
    'No KPI is coloured: the KPI with counterparts does not improve while what it should serve falls behind.',
  'legend.kpi': '{name} (column {letter}): coloured on {rows} rows',
  'legend.kpiOne': '{name} (column {letter}): coloured on 1 row',
  'legend.sentence': '{kpi} {period} while {counterparts}.',
  'legend.rosePercent': '{name} rose {percent} %',
  'legend.fellPercent': '{name} fell {percent} %',
  'legend.roseRate': '{name} rose {rate} {unit}',
  'legend.fellRate': '{name} fell {rate} {unit}',
  'legend.steady': '{name} held steady',
  'legend.unmeasured': '{name} changed',
  'legend.perKpi': '{counterpart} per {kpi}',
  'legend.listSeparator': ', ',
  'legend.lastSeparator': ' and ',
  'legend.unit.day': 'a day',
  'legend.unit.week': 'a week',
  'legend.unit.month': 'a month',
  'legend.unit.quarter': 'a quarter',
  'legend.unit.year': 'a year',
  'legend.unit.row': 'a row',
  'legend.period.dates': 'from {from} to {to}',
  'legend.period.day': 'on {date}',
  'legend.period.numbers': 'over {header} {from}–{to}',
  'legend.period.text': 'from {from} to {to}',
  'legend.period.rows': 'over rows {from}–{to}',
  'legend.period.row': 'on row {row}',
  'legend.date.dayMonth': '{day} {month}',
  'legend.date.full': '{day} {month} {year}',
  'legend.moreRuns': '…and {count} earlier runs of coloured rows.',
  'legend.rowsGone': 'Those rows are no longer in the sheet. Reload.',
  'legend.selected': 'Selected {range} in the sheet.',
  'month.1': 'Jan',
  'month.2': 'Feb',
  'month.3': 'Mar',
  'month.4': 'Apr',
  'month.5': 'May',
  'month.6': 'Jun',
  'month.7': 'Jul',
  'month.8': 'Aug',
  'month.9': 'Sep',
  'month.10': 'Oct',
  'month.11': 'Nov',
  'month.12': 'Dec',

  'glance.heading': 'At a glance',
  'glance.nothingMarked': 'No column is marked as a KPI or target yet.',
  'glance.kpi': 'KPI',
  'glance.target': 'Target',
  'glance.time': 'Time',
  'glance.health': 'Health: {status}',
  'glance.trend': 'Trend: {status}',
  'glance.progress': 'Progress: {percent}%',
  'glance.pace': 'Pace: {status}',
  'glance.noValue': 'no value yet',
  'glance.cannotCompute': 'Cannot compute: {reason}',

  'glance.stale': 'STALE: scheduled runs without a new value: {runs}',

  'dashboard.column': 'Column',
  'dashboard.sheet': 'Sheet',
  'dashboard.role': 'Role',
  'dashboard.latest': 'Latest value',
  'dashboard.series': 'Series',
  'dashboard.health': 'Health',
  'dashboard.trend': 'Trend',
  'dashboard.progress': 'Progress',
  'dashboard.pace': 'Pace',
  'dashboard.isolation': 'Isolation',
  'dashboard.lastChanged': 'Last changed',
  'dashboard.stale': 'Stale',
  'dashboard.row': 'Row {row}',
  'history.takenAt': 'Taken at',
  'history.asOf': 'As of',

  'status.isolated': 'ISOLATED: {names} left behind',
  'status.notIsolated': 'NOT ISOLATED',
  'status.notJudged': 'NOT JUDGED YET',
  'status.noCounterpart': 'NO COUNTERPART',
  'status.notChecked': 'NOT CHECKED: save the column settings in the sidebar',
  'status.stale': 'STALE',

  'schedule.heading': 'Schedule',
  'schedule.recalculate': 'Recalculate',
  'schedule.off': 'Off',
  'schedule.hourly': 'Hourly',
  'schedule.daily': 'Daily',
  'schedule.weekly': 'Weekly',
  'schedule.hint':
    'Each run sets the as-of date to today, adds a dated snapshot of every marked column to the sheet {history} and marks KPIs whose latest value stopped changing. Daily runs come around {hour}:00, weekly ones on Mondays, in the spreadsheet’s time zone ({zone}).',
  'schedule.staleAfter': 'Stale after',
  'schedule.staleTableLabel': 'Stale KPIs (kept by the KPI Guard schedule)',
  'schedule.staleHint':
    'Scheduled runs in a row without a new latest value before a KPI is marked STALE.',

  'digest.label': 'Email me when something changes',
  'digest.hint':
    'After a scheduled run, one email when since the run before a KPI became optimized in isolation, UNHEALTHY or STALE, or a target went OFF TRACK or was MISSED. Nothing changed: no email. The first run after you turn it on notes where things stand.',
  'digest.needsSchedule':
    'Choose how often to recalculate first: the email comes after a scheduled run.',
  'digest.recipient': 'The emails go to {email}, who turned this on.',
  'digest.quotaUsed':
    'The day’s email quota was used up at {time}. {count} changes wait for the next scheduled run that has quota.',
  'digest.failed':
    'The last email could not be sent at {time} ({reason}). {count} changes wait for the next scheduled run.',
  'digest.lastSent': 'Last email sent at {time}.',
  'digest.subject': 'KPI Guard: {count} changes in {spreadsheet}',
  'digest.subjectOne': 'KPI Guard: a change in {spreadsheet}',
  'digest.intro':
    'The scheduled run of {time} found these changes in “{spreadsheet}” since the run before:',
  'digest.introOne':
    'The scheduled run of {time} found this change in “{spreadsheet}” since the run before:',
  'digest.isolated': '{kpi} (sheet {sheet}, column {letter}) is optimized in isolation: {sentence}',
  'digest.isolatedNames':
    '{kpi} (sheet {sheet}, column {letter}) is optimized in isolation: {names} left behind.',
  'digest.unhealthy':
    '{kpi} (sheet {sheet}, column {letter}) became {status}: its latest value is outside its healthy band.',
  'digest.stale':
    '{kpi} (sheet {sheet}, column {letter}) is {status}: its latest value stayed the same for {runs} scheduled runs.',
  'digest.offTrack':
    'Target {target} (sheet {sheet}, column {letter}) went {status}: {percent}% of the way to its goal, behind the pace its dates ask for.',
  'digest.missed':
    'Target {target} (sheet {sheet}, column {letter}) was {status}: its end date passed at {percent}% of the way to its goal.',
  'digest.open': 'Open {range} in {sheet}',
  'digest.footer':
    'You get this email because you turned on “Email me when something changes” in the KPI Guard sidebar of this spreadsheet (Extensions ▸ KPI Guard ▸ Schedule…). Untick it there to stop these emails.',

  'columns.heading': 'Columns',
  'column.unnamed': 'Column {letter}',
  'column.duplicateName': '{header} ({letter})',

  'field.role': 'Role',
  'field.direction': 'Direction',
  'field.healthyMin': 'Healthy min',
  'field.healthyMax': 'Healthy max',
  'field.counterparts': 'Counterparts',
  'field.rule': 'Rule',
  'field.goal': 'Goal',
  'field.baseline': 'Baseline',
  'field.start': 'Start',
  'field.end': 'End',
  'field.measure': 'Progress counts',

  'role.label': 'Role of {column}',
  'role.none': 'None',
  'role.kpi': 'KPI',
  'role.target': 'Target',
  'role.time': 'Time',

  'direction.label': 'Direction of {column}',
  'direction.up': 'Higher is better',
  'direction.down': 'Lower is better',
  'healthyMin.label': 'Healthy minimum of {column}',
  'healthyMax.label': 'Healthy maximum of {column}',
  'healthy.hint': 'Leave empty for no bound.',

  'counterparts.label': 'Counterparts of {column}',
  'counterparts.hint': 'The targets it serves and the KPIs that keep it honest.',
  'counterparts.noOthers': 'There is no other column to pair it with.',
  'rule.label': 'Rule for {counterpart} against {column}',
  'rule.guard': 'Must not get worse',
  'rule.pace': 'Should keep pace',

  'alone.warning':
    'A KPI measured alone is the one that gets gamed. Pair {column} with what it should serve.',
  'suggest.heading': 'Suggested counterparts, best first',
  'suggest.pair': 'Pair with {column}',
  'suggest.reason': 'fell behind on {flagged} of {judged} rows while {kpi} improved',
  'suggest.none': 'No other column fell behind while {column} improved.',
  'suggest.afterSave': 'Save to see which columns fell behind while {column} improved.',

  'goal.label': 'Goal of {column}',
  'baseline.label': 'Baseline of {column}',
  'start.label': 'Start of {column}',
  'end.label': 'End of {column}',
  'target.up': 'Higher is better: the goal is above the baseline.',
  'target.down': 'Lower is better: the goal is below the baseline.',
  'measure.label': 'Progress of {column} counts',
  'measure.latest': 'Latest value',
  'measure.sum': 'Sum over the period',
  'measure.latestHint':
    'The latest value in the column is the amount reached: a level or a running total, like revenue to date or headcount.',
  'measure.sumHint':
    'Each row holds an amount for its own period, like new customers per month: the rows whose {time} falls from the start to the as-of date are added up.',
  'measure.sumHintNoTime':
    'Each row holds an amount for its own period, like new customers per month. There is no Time column to date the rows, so every row is added up.',
  'time.hint': 'The period of each row.',

  'save.button': 'Save',
  'save.saving': 'Saving…',
  'save.saved': 'Saved.',
  'save.nothing': 'Nothing to save: no setting was changed.',
  'save.notColoured': 'Saved, but the colours could not be updated: {reason}',
  'save.invalid': 'Not saved: see the messages beside the fields.',
  'save.failed': 'Not saved: {reason}',
  'save.stale':
    'Not saved: {column} was changed in another window since this sidebar read it. Reload to see the newer settings.',
  'save.staleHeaderRow':
    'Not saved: the header row was changed in another window since this sidebar read it. Reload to see the newer settings.',
  'save.busy': 'Not saved: another save is still running. Try again in a moment.',
  'save.scheduleStale':
    'Not saved: the schedule was changed in another window since this sidebar read it. Reload to see it.',
  'save.sheetGone': 'Not saved: the sheet this sidebar showed is gone. Reload.',

  'invalid.number': 'Enter a number, like 12 or 0.5.',
  'invalid.required': 'Enter a value.',
  'invalid.minAboveMax': 'The healthy minimum ({min}) is above the maximum ({max}).',
  'invalid.goalEqualsBaseline':
    'The goal equals the baseline ({value}): progress toward it is undefined.',
  'invalid.date': 'Enter a date as YYYY-MM-DD.',
  'invalid.endBeforeStart': 'The end ({end}) must be after the start ({start}).',
  'invalid.selfCounterpart': 'A KPI cannot be its own counterpart.',
  'invalid.duplicateCounterpart': '{counterpart} is listed twice.',
  'invalid.tooManyCounterparts': 'Choose at most {max} counterparts.',
  'invalid.timeCounterpart': '{counterpart} is the Time column; it cannot be a counterpart.',
  'invalid.paceNeedsUp':
    '"Should keep pace" needs both {column} and {counterpart} to be higher-is-better.',
  'invalid.usedAsCounterpart':
    '{kpi} has this column as a counterpart, and a Time column cannot be one. Unpair it first.',
  'invalid.twoTimeColumns': 'Only one column can be the Time column, and {other} is one already.',
  'invalid.unknownColumn': 'This column is no longer in the sheet as the sidebar saw it. Reload.',
  'invalid.unknownCounterpart':
    'A counterpart is no longer in the sheet as the sidebar saw it. Reload.',
  'invalid.lockedColumn':
    'The stored settings of this column cannot be read, so KPI Guard leaves them untouched.',
  'invalid.lockedCounterpart':
    'The stored settings of {counterpart} cannot be read, so it cannot be linked.',
  'invalid.headerRow': 'Enter a row number from 1 to {max}.',
  'invalid.tooLarge': 'These settings are too large to store ({size} of {max} characters).',
  'invalid.staleAfter': 'Enter a whole number of runs from 1 to {max}.',
  'invalid.trigger': 'The schedule could not be set: {reason}',
  'invalid.digestNoEmail':
    'Google does not tell KPI Guard your email address here, so it cannot email you.',
  'invalid.payload': 'The sidebar sent something KPI Guard cannot read ({detail}). Reload.',

  'problem.malformed':
    'The KPI Guard settings on column {letter} ({column}) cannot be read ({detail}). They are ignored and left untouched.',
  'problem.newer':
    'The settings on column {letter} ({column}) come from a newer version of KPI Guard (version {version}). They are ignored and left untouched.',
  'problem.oversized':
    'The settings on column {letter} ({column}) are too large ({size} characters) to be KPI Guard’s. They are ignored and left untouched.',
  'problem.duplicate':
    'Column {letter} ({column}) carries {count} KPI Guard entries. They are ignored and left untouched.',
  'problem.duplicateId':
    'Columns {other} and {letter} carry the same KPI Guard id (was a column copied?). The settings on {letter} are ignored.',
  'problem.notOnColumn': 'A KPI Guard entry that is not on a column was found and ignored.',
  'problem.droppedLink':
    'The link from {column} to {counterpart} was dropped: that column was deleted. Saving {column} forgets it.',
  'problem.unreadableLink':
    'The link from {column} to column {letter} is ignored: that column’s settings cannot be read.',
  'problem.sheetSettings':
    'The sheet settings of KPI Guard cannot be read ({detail}); the header row is taken to be row 1.',

  // The status words formulas return (src/i18n/status.ts): in English the identifier itself.
  'status.shown': '{word} ({identifier})',
  'status.healthy': 'HEALTHY',
  'status.watch': 'WATCH',
  'status.unhealthy': 'UNHEALTHY',
  'status.noData': 'NO DATA',
  'status.improving': 'IMPROVING',
  'status.worsening': 'WORSENING',
  'status.stable': 'STABLE',
  'status.insufficientData': 'INSUFFICIENT DATA',
  'status.notStarted': 'NOT STARTED',
  'status.achieved': 'ACHIEVED',
  'status.missed': 'MISSED',
  'status.onTrack': 'ON TRACK',
  'status.atRisk': 'AT RISK',
  'status.offTrack': 'OFF TRACK',
} as const;

export type MessageKey = keyof typeof en;

/**
 * Another language: exactly the same keys (a missing or extra key does not compile), each
 * text with the same placeholders (test/i18n/catalogues.test.ts).
 */
export type Catalogue = { readonly [K in MessageKey]: string };
