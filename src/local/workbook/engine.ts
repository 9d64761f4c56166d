// One HyperFormula instance configured like a US-locale Google Sheet, with this workbook's
// function plugins, plus the "settling" work HyperFormula leaves to its caller after a
// recalculation (array areas that must be re-predicted, blocked spills to retry, INDIRECT).

import {
  DetailedCellError,
  ErrorType,
  HyperFormula,
  type RawCellContent,
  type SimpleCellAddress,
} from 'hyperformula';
import type { CustomFunctionHost } from '../types';
import { makeCustomFunctionPlugin } from './customFunctions';
import type { WorkbookClock } from './dates';
import { addressKey, EngineContext } from './engineContext';
import { makeExtraFunctionsPlugin } from './extraFunctions';
import { arrayFormulaCorners } from './hfInternals';
import { OPEN_RANGE_FUNCTION } from './openRanges';

/** Settling passes after an edit (re-entering array formulas whose shape changed). */
const MAX_SETTLE_PASSES = 8;

function isSpillError(v: unknown): boolean {
  return v instanceof DetailedCellError && v.type === ErrorType.SPILL;
}

export class Engine {
  readonly hf: HyperFormula;
  readonly ctx: EngineContext;
  /** The add-on's custom functions, upper-case (conditional formats may not call them). */
  readonly customNames: ReadonlySet<string>;
  /** Sheet ids whose values changed since the last notification. */
  readonly changed = new Set<number>();
  /** Array formulas whose spill is blocked (#REF!), by address. */
  private readonly blocked = new Map<string, SimpleCellAddress>();
  /** Those that were blocked before the current edit: the edit may have made room. */
  private retryBlocked: SimpleCellAddress[] = [];

  /**
   * With `sheets`, the engine is built with that content in one step (HyperFormula's
   * buildFromSheets): about five times faster than writing the same cells into an empty
   * engine, whose per-cell update bookkeeping dominates on big sheets.
   */
  constructor(
    functionNames: readonly string[],
    host: CustomFunctionHost | undefined,
    sheets?: Record<string, RawCellContent[][]>,
    clock?: WorkbookClock,
  ) {
    const names = functionNames.map((n) => n.toUpperCase());
    this.customNames = new Set(names);
    this.ctx = new EngineContext(host, clock);
    // The parser only knows function names its language lists; identity entries are
    // harmless to share between instances.
    const translations: Record<string, string> = {
      SPARKLINE: 'SPARKLINE',
      INDIRECT: 'INDIRECT',
      RANDARRAY: 'RANDARRAY',
      [OPEN_RANGE_FUNCTION]: OPEN_RANGE_FUNCTION,
    };
    for (const n of names) translations[n] = n;
    HyperFormula.getLanguage('enGB').extendFunctions(translations);
    const config = {
      licenseKey: 'gpl-v3',
      // Per-instance plugins (the built-ins must be listed too when this option is used),
      // so each Workbook's custom functions reach its own host.
      functionPlugins: [
        ...HyperFormula.getAllFunctionPlugins(),
        makeExtraFunctionsPlugin(this.ctx),
        makeCustomFunctionPlugin(names, this.ctx),
      ],
      // No undo: the add-on cannot undo, and the undo log makes large setValues slower.
      undoLimit: 0,
      maxRows: 1_000_000,
      maxColumns: 18_278,
      // Text set as a value parses like a US-locale Sheet.
      dateFormats: ['YYYY-MM-DD', 'MM/DD/YYYY', 'YYYY/MM/DD'],
      // getValues returns the double the formula computed, as Apps Script does;
      // float noise is removed only in display values.
      smartRounding: false,
    };
    // Sheets has bare TRUE/FALSE literals; HyperFormula only the TRUE()/FALSE() functions.
    // Given at build time, they are defined before the first evaluation.
    const named = [
      { name: 'TRUE', expression: '=TRUE()' },
      { name: 'FALSE', expression: '=FALSE()' },
    ];
    this.hf = sheets
      ? HyperFormula.buildFromSheets(sheets, config, named)
      : HyperFormula.buildEmpty(config, named);
    // A build emits no valuesUpdated: spills it left blocked are found by looking.
    for (const a of arrayFormulaCorners(this.hf)) {
      if (isSpillError(this.hf.getCellValue(a))) this.blocked.set(addressKey(a), a);
    }
    this.hf.on('valuesUpdated', (changes) => {
      for (const c of changes) {
        if (!('address' in c)) continue;
        this.changed.add(c.address.sheet);
        const key = addressKey(c.address);
        if (isSpillError(c.newValue)) this.blocked.set(key, { ...c.address });
        else this.blocked.delete(key);
      }
    });
  }

  /** Call before an edit (or a batch of them) starts. */
  beginEdit(): void {
    this.retryBlocked = [...this.blocked.values()];
    this.graphChanged();
  }

  /** Anything worked out from the dependency graph is stale once formulas change. */
  graphChanged(): void {
    this.ctx.taint = null;
  }

  /**
   * After a recalculation: retry spills that were blocked (HyperFormula never does once the
   * blocking cells are cleared), re-enter array formulas whose result shape changed (so their
   * area is predicted again), and give INDIRECT one more pass to read cells computed after it.
   */
  settle(): void {
    const hf = this.hf;
    const ctx = this.ctx;
    for (const a of this.retryBlocked) {
      if (isSpillError(hf.getCellValue(a))) ctx.resizeRequests.set(addressKey(a), a);
    }
    this.retryBlocked = [];
    let indirectPassDone = false;
    for (let pass = 0; pass < MAX_SETTLE_PASSES; pass++) {
      if (ctx.resizeRequests.size > 0) {
        const requests = [...ctx.resizeRequests.values()];
        ctx.resizeRequests.clear();
        this.graphChanged();
        hf.batch(() => {
          for (const a of requests) {
            const formula = hf.getCellFormula(a);
            if (formula !== undefined) hf.setCellContents(a, formula);
          }
        });
      } else if (ctx.volatileRead && !indirectPassDone) {
        ctx.volatileRead = false;
        indirectPassDone = true;
        hf.batch(() => {});
      } else {
        break;
      }
    }
    ctx.resizeRequests.clear();
    ctx.volatileRead = false;
    ctx.pending.clear();
  }
}
