// The digest email: a subject, a plain-text body and the same as HTML, every word through the
// catalogue, one line per change, each with a link to its rows in the sheet; an isolated KPI
// is described by the legend's own sentence. Pure.
import type { Translator } from '../../i18n/translate';
import { MISSED, OFF_TRACK, UNHEALTHY } from './changes';
import type { ChangeKind } from './state';

/** One change, with what its line says. */
export interface DigestLine {
  kind: ChangeKind;
  /** The column's name (its header). */
  name: string;
  sheet: string;
  letter: string;
  /** The rows the line is about, A1 ("B15:B28"), and the link that opens them. */
  range: string;
  url: string;
  /** isolated: the legend's sentence for the latest run of coloured rows, if it has one. */
  sentence: string | null;
  /** isolated without a sentence: the counterparts left behind. */
  leftBehind: string;
  /** stale: runs without a new value. */
  runs: number;
  /** offTrack, missed: progress toward the goal in percent (rounded). */
  percent: number | null;
}

export interface DigestEmail {
  subject: string;
  body: string;
  htmlBody: string;
}

export interface DigestInput {
  spreadsheet: string;
  /** When the run took place, as the spreadsheet's clock shows it. */
  time: string;
  lines: readonly DigestLine[];
}

/** The line of one change, status words as the reader reads them ("uit koers (OFF TRACK)"). */
function lineText(words: Translator, line: DigestLine): string {
  const { t } = words;
  const where = { sheet: line.sheet, letter: line.letter };
  const percent = line.percent ?? '?';
  switch (line.kind) {
    case 'isolated':
      return line.sentence
        ? t('digest.isolated', { kpi: line.name, ...where, sentence: line.sentence })
        : t('digest.isolatedNames', { kpi: line.name, ...where, names: line.leftBehind });
    case 'unhealthy':
      return t('digest.unhealthy', { kpi: line.name, ...where, status: words.status(UNHEALTHY) });
    case 'stale':
      return t('digest.stale', {
        kpi: line.name,
        ...where,
        status: t('status.stale'),
        runs: line.runs,
      });
    case 'offTrack':
      return t('digest.offTrack', {
        target: line.name,
        ...where,
        status: words.status(OFF_TRACK),
        percent,
      });
    case 'missed':
      return t('digest.missed', {
        target: line.name,
        ...where,
        status: words.status(MISSED),
        percent,
      });
  }
}

const escapeHtml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

export function composeDigest(words: Translator, input: DigestInput): DigestEmail {
  const { t } = words;
  const count = input.lines.length;
  const subject =
    count === 1
      ? t('digest.subjectOne', { spreadsheet: input.spreadsheet })
      : t('digest.subject', { spreadsheet: input.spreadsheet, count });
  const where = { spreadsheet: input.spreadsheet, time: input.time };
  const intro = count === 1 ? t('digest.introOne', where) : t('digest.intro', where);
  const footer = t('digest.footer');
  const lines = input.lines.map((line) => ({
    text: lineText(words, line),
    open: t('digest.open', { range: line.range, sheet: line.sheet }),
    url: line.url,
  }));
  const body = [
    intro,
    '',
    ...lines.flatMap((line) => [`• ${line.text}`, `  ${line.open}: ${line.url}`, '']),
    footer,
  ].join('\n');
  const htmlBody = [
    '<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;color:#202124">',
    `<p>${escapeHtml(intro)}</p>`,
    '<ul style="padding-left:20px">',
    ...lines.map(
      (line) =>
        `<li style="margin-bottom:12px">${escapeHtml(line.text)}<br>` +
        `<a href="${escapeHtml(line.url)}">${escapeHtml(line.open)}</a></li>`,
    ),
    '</ul>',
    `<p style="color:#5f6368;font-size:12px">${escapeHtml(footer)}</p>`,
    '</div>',
  ].join('\n');
  return { subject, body, htmlBody };
}
