// Conditional-format rules: the builder, the immutable rule, its boolean condition, and the
// per-sheet rule lists. Rule ranges follow inserted, deleted and moved rows and columns, as
// they do in Sheets. Only custom-formula conditions are modelled (all KPI Guard uses).
import { SERVICE } from './bridge';
import type { Dimension, StructureListener } from './context';
import { invalidArgument } from './errors';
import { deleteFromGrid, type GridRange, insertIntoGrid, moveInGrid } from './gridRange';
import type { SpreadsheetModel } from './model';
import type { Range } from './range';

export interface RuleFormat {
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
}

export interface RuleData {
  criteria: { type: string; values: unknown[] } | null;
  format: RuleFormat;
  ranges: GridRange[];
  /** Why Sheets would never apply this rule (set when the rules are set); it never matches. */
  problem?: string | null;
}

function emptyRule(): RuleData {
  return {
    criteria: null,
    format: { background: null, fontColor: null, bold: null, italic: null },
    ranges: [],
  };
}

function cloneRule(r: RuleData): RuleData {
  return {
    criteria: r.criteria ? { type: r.criteria.type, values: [...r.criteria.values] } : null,
    format: { ...r.format },
    ranges: r.ranges.map((g) => ({ ...g })),
  };
}

export class BooleanCondition {
  readonly [SERVICE] = { className: 'BooleanCondition', counted: true };

  constructor(private readonly data: RuleData) {}

  getCriteriaType(): string | null {
    return this.data.criteria?.type ?? null;
  }

  getCriteriaValues(): unknown[] {
    return [...(this.data.criteria?.values ?? [])];
  }

  getBackground(): string | null {
    return this.data.format.background;
  }

  getFontColor(): string | null {
    return this.data.format.fontColor;
  }

  getBold(): boolean | null {
    return this.data.format.bold;
  }

  getItalic(): boolean | null {
    return this.data.format.italic;
  }
}

export class ConditionalFormatRule {
  readonly [SERVICE] = { className: 'ConditionalFormatRule', counted: true };

  constructor(
    protected readonly model: SpreadsheetModel,
    readonly data: RuleData,
  ) {}

  copy(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.model, cloneRule(this.data));
  }

  getBooleanCondition(): BooleanCondition | null {
    return this.data.criteria ? new BooleanCondition(this.data) : null;
  }

  getGradientCondition(): null {
    return null;
  }

  getRanges(): Range[] {
    return this.data.ranges.map((g) => this.model.rangeOf(g));
  }
}

export class ConditionalFormatRuleBuilder extends ConditionalFormatRule {
  override readonly [SERVICE] = { className: 'ConditionalFormatRuleBuilder', counted: true };

  constructor(model: SpreadsheetModel, data: RuleData = emptyRule()) {
    super(model, data);
  }

  build(): ConditionalFormatRule {
    if (!this.data.criteria) throw invalidArgument('A condition is required to build the rule.');
    return new ConditionalFormatRule(this.model, cloneRule(this.data));
  }

  whenFormulaSatisfied(formula: string): ConditionalFormatRuleBuilder {
    if (typeof formula !== 'string') throw invalidArgument('formula');
    this.data.criteria = { type: 'CUSTOM_FORMULA', values: [formula] };
    return this;
  }

  setBackground(color: string | null): ConditionalFormatRuleBuilder {
    this.data.format.background = color;
    return this;
  }

  setFontColor(color: string | null): ConditionalFormatRuleBuilder {
    this.data.format.fontColor = color;
    return this;
  }

  setBold(bold: boolean | null): ConditionalFormatRuleBuilder {
    this.data.format.bold = bold;
    return this;
  }

  setItalic(italic: boolean | null): ConditionalFormatRuleBuilder {
    this.data.format.italic = italic;
    return this;
  }

  setRanges(ranges: Range[]): ConditionalFormatRuleBuilder {
    if (!Array.isArray(ranges)) throw invalidArgument('ranges');
    this.data.ranges = ranges.map((r) => r.grid());
    return this;
  }
}

/** Each sheet's rule list, in priority order (the first matching rule wins). */
export class RuleStore implements StructureListener {
  private readonly bySheet = new Map<number, RuleData[]>();

  constructor(private readonly model: SpreadsheetModel) {}

  data(sheetId: number): readonly RuleData[] {
    return this.bySheet.get(sheetId) ?? [];
  }

  get(sheetId: number): ConditionalFormatRule[] {
    return this.data(sheetId).map((d) => new ConditionalFormatRule(this.model, cloneRule(d)));
  }

  set(sheetId: number, rules: ConditionalFormatRule[]): void {
    if (!Array.isArray(rules)) throw invalidArgument('rules');
    const data = rules.map((r) => {
      if (!(r instanceof ConditionalFormatRule)) throw invalidArgument('rules');
      return cloneRule(r.data);
    });
    for (const rule of data) rule.problem = this.problemOf(sheetId, rule);
    this.bySheet.set(sheetId, data);
  }

  /**
   * A custom formula Sheets would not accept (another sheet, a custom function) never matches
   * here either, and says so in the runtime's warnings, which the test suites fail on.
   */
  private problemOf(sheetId: number, rule: RuleData): string | null {
    if (rule.criteria?.type !== 'CUSTOM_FORMULA') return null;
    const ctx = this.model.ctx;
    const sheet = ctx.sheets.get(sheetId).name;
    const formula = String(rule.criteria.values[0] ?? '');
    const problem = ctx.workbook.conditionalFormulaProblem(sheet, formula);
    if (problem) {
      const where = rule.ranges.map((g) => this.model.rangeOf(g).getA1Notation()).join(', ');
      ctx.warn(
        `The conditional-format rule ${formula} on '${sheet}'!${where} never applies in Sheets: ${problem}.`,
      );
    }
    return problem;
  }

  inserted(sheetId: number, dim: Dimension, at: number, n: number): void {
    this.update(sheetId, (g) => [insertIntoGrid(g, dim, at, n)]);
  }

  deleted(sheetId: number, dim: Dimension, at: number, n: number): void {
    this.update(sheetId, (g) => {
      const left = deleteFromGrid(g, dim, at, n);
      return left ? [left] : [];
    });
  }

  moved(sheetId: number, dim: Dimension, from: number, n: number, dest: number): void {
    this.update(sheetId, (g) => moveInGrid(g, dim, from, n, dest));
  }

  sheetRemoved(sheetId: number): void {
    this.bySheet.delete(sheetId);
  }

  private update(sheetId: number, f: (g: GridRange) => GridRange[]): void {
    const rules = this.bySheet.get(sheetId);
    if (!rules) return;
    for (const rule of rules) rule.ranges = rule.ranges.flatMap(f);
    // A rule left without ranges (all its cells deleted) disappears, as in Sheets.
    this.bySheet.set(
      sheetId,
      rules.filter((r) => r.ranges.length > 0),
    );
  }
}
