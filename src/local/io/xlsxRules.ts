// Conditional-format rules of the custom-formula kind ⇄ XLSX conditional formatting: one
// "expression" rule per rule, its ranges as the sqref, its look as a differential format
// (dxf: fill, font colour, bold, italic), priority 1 first as in Sheets' rule list. The
// formula is written as typed (an INDIRECT into a hidden helper sheet stays one).
import type ExcelJS from 'exceljs';
import type { ConditionalFormatData } from '../types';
import { fromArgb, toArgb } from './xlsxColours';
import { fromXlsxRef, toXlsxRef } from './xlsxRefs';

/** What exceljs reads into worksheet.conditionalFormattings (missing from its typings). */
interface ReadFormatting {
  ref: string;
  rules: {
    type: string;
    priority?: number;
    formulae?: unknown[];
    style?: { fill?: ExcelJS.Fill; font?: Partial<ExcelJS.Font> };
  }[];
}

export interface ReadRules {
  rules: ConditionalFormatData[];
  /** Rules the runtime does not model (colour scales, data bars, cell-value rules, ...). */
  otherKinds: number;
}

export function readRules(ws: ExcelJS.Worksheet): ReadRules {
  const formattings = (ws as unknown as { conditionalFormattings?: ReadFormatting[] })
    .conditionalFormattings;
  const found: { priority: number; rule: ConditionalFormatData }[] = [];
  let otherKinds = 0;
  for (const formatting of formattings ?? []) {
    const ranges = formatting.ref
      .split(/\s+/)
      .filter((part) => part !== '')
      .map((part) => fromXlsxRef(part));
    for (const rule of formatting.rules) {
      const formula = rule.formulae?.[0];
      if (rule.type !== 'expression' || typeof formula !== 'string' || ranges.includes(null)) {
        otherKinds++;
        continue;
      }
      const font = rule.style?.font;
      found.push({
        priority: rule.priority ?? Number.MAX_SAFE_INTEGER,
        rule: {
          formula: formula.startsWith('=') ? formula : `=${formula}`,
          ranges: ranges.map((r) => r?.a1 ?? ''),
          background: fillColour(rule.style?.fill),
          fontColor: fromArgb(font?.color?.argb),
          bold: font?.bold ?? null,
          italic: font?.italic ?? null,
        },
      });
    }
  }
  // A stable sort: rules of equal priority keep the order they were read in.
  found.sort((a, b) => a.priority - b.priority);
  return { rules: found.map((f) => f.rule), otherKinds };
}

/** A differential fill's colour: Excel keeps a solid dxf fill's colour in bgColor. */
function fillColour(fill: ExcelJS.Fill | undefined): string | null {
  if (fill?.type !== 'pattern' || fill.pattern === 'none') return null;
  return fromArgb(fill.bgColor?.argb) ?? fromArgb(fill.fgColor?.argb);
}

export function writeRules(ws: ExcelJS.Worksheet, rules: readonly ConditionalFormatData[]): void {
  rules.forEach((rule, index) => {
    if (rule.ranges.length === 0) return;
    ws.addConditionalFormatting({
      ref: rule.ranges.map((a1) => toXlsxRef(a1, false)).join(' '),
      rules: [
        {
          type: 'expression',
          priority: index + 1,
          formulae: [rule.formula.replace(/^=/, '')],
          style: styleOf(rule),
        },
      ],
    });
  });
}

function styleOf(rule: ConditionalFormatData): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  const background = rule.background ? toArgb(rule.background) : null;
  if (background) {
    style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: background } };
  }
  const font: Partial<ExcelJS.Font> = {};
  const colour = rule.fontColor ? toArgb(rule.fontColor) : null;
  if (colour) font.color = { argb: colour };
  // exceljs writes <b/> and <i/> only when on: a rule that turns them off reads back unset.
  if (rule.bold) font.bold = true;
  if (rule.italic) font.italic = true;
  if (Object.keys(font).length > 0) style.font = font;
  return style;
}
