// Markup for grid cells: text, error tooltips and SPARKLINE drawings, all escaped.

export const ROW_HEIGHT = 24;
export const COL_WIDTH = 110;
export const ROW_NUMBER_WIDTH = 50;

export interface CellView {
  value: string;
  formula: string;
  background: string | null;
  error: string | null;
  sparkline: number[] | null;
}

export const BLANK: CellView = {
  value: '',
  formula: '',
  background: null,
  error: null,
  sparkline: null,
};

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]);

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Shown numbers, formatted ones too ("$42,820", "(1,200)", "€ 1.234,50", "12%"): right-aligned. */
const NUMERIC = /^\(?[-+]?(?:[$€£¥] ?)?[-+]?[\d,.]*\d(?:[eE][-+]?\d+)?%?(?: ?[$€£¥])?\)?$/;
const SAFE_COLOR = /^#[0-9a-fA-F]{3,8}$/;

/** A polyline over the cell, min at the bottom and max at the top (Sheets' default). */
export function sparklineSvg(points: readonly number[]): string {
  const finite = points.filter((p) => Number.isFinite(p));
  if (finite.length === 0) return '';
  const min = Math.min(...finite);
  const span = Math.max(...finite) - min || 1;
  const step = finite.length > 1 ? 100 / (finite.length - 1) : 0;
  const coords = finite
    .map((p, i) => `${(i * step).toFixed(2)},${(20 - ((p - min) / span) * 18).toFixed(2)}`)
    .join(' ');
  return `<svg class="spark" viewBox="0 0 100 22" preserveAspectRatio="none" role="img" aria-label="sparkline"><polyline points="${coords}" fill="none" stroke="#1a73e8" stroke-width="1.5" vector-effect="non-scaling-stroke"/></svg>`;
}

export function cellHtml(
  view: CellView,
  r: number,
  c: number,
  selected: boolean,
  inBlock = false,
): string {
  const classes = ['cell'];
  if (selected) classes.push('sel');
  if (inBlock) classes.push('in-sel');
  if (view.error) classes.push('err');
  else if (NUMERIC.test(view.value)) classes.push('num');
  const style =
    view.background && SAFE_COLOR.test(view.background)
      ? ` style="background:${view.background}"`
      : '';
  const title = view.error ? ` title="${escapeHtml(view.error)}"` : '';
  const body = view.sparkline ? sparklineSvg(view.sparkline) : escapeHtml(view.value);
  const chosen = inBlock ? ' aria-selected="true"' : '';
  return `<div class="${classes.join(' ')}" data-r="${r}" data-c="${c}"${chosen}${style}${title}>${body}</div>`;
}
