// The few HyperFormula internals this engine leans on, in one place with narrow types.
// hyperformula is pinned to an exact version in package.json; if an upgrade moves these,
// the runtime checks below fail loudly instead of mis-evaluating.
//
// Why internals at all: evaluating a conditional-format formula "as if copied" to another
// cell is exactly HyperFormula's own model (references are stored relative to the formula's
// address), so parsing once and evaluating the same AST at many addresses is both correct
// (ROW() included) and fast. The public calculateFormula only evaluates at A1.

import type { FunctionPlugin, HyperFormula, SimpleCellAddress } from 'hyperformula';

/** HyperFormula's interpreter, reached through FunctionPlugin's public constructor type. */
type Interpreter = ConstructorParameters<typeof FunctionPlugin>[0];
/** A parsed formula (HyperFormula's Ast union). */
export type Ast = Parameters<Interpreter['evaluateAst']>[0];
/** What a plugin method receives besides its AST: the formula's address and array mode. */
export type InterpreterState = Parameters<Interpreter['evaluateAst']>[1];
/** A function-call node: `procedureName` is the canonical (upper-case) function id. */
export type ProcedureAst = Extract<Ast, { procedureName: string }>;
/** What a plugin method returns (numbers, strings, CellError, SimpleRangeValue, ...). */
export type InterpreterValue = ReturnType<Interpreter['evaluateAst']>;

type Evaluator = HyperFormula['evaluator'];
type Dependencies = Parameters<Evaluator['runAndForget']>[2];

export interface ParsedFormula {
  ast: Ast;
  dependencies: Dependencies;
}

interface ParserLike {
  parse(
    text: string,
    address: SimpleCellAddress,
  ): { ast?: Ast; errors: unknown[]; dependencies: Dependencies };
}

function parserOf(hf: HyperFormula): ParserLike {
  const parser = (hf as unknown as { _parser?: ParserLike })._parser;
  if (!parser || typeof parser.parse !== 'function') {
    throw new Error('workbook: this HyperFormula version has no internal parser we can use');
  }
  return parser;
}

/**
 * Parses "=..." as if written at `address` (references become relative to it).
 * Returns null for text that does not parse.
 */
export function parseFormula(
  hf: HyperFormula,
  formula: string,
  address: SimpleCellAddress,
): ParsedFormula | null {
  const result = parserOf(hf).parse(formula, address);
  if (result.errors.length > 0 || result.ast === undefined) return null;
  return { ast: result.ast, dependencies: result.dependencies };
}

/** Evaluates a parsed formula (or any sub-AST of it) as if it sat at `address`. */
export function evaluateAt(
  hf: HyperFormula,
  ast: Ast,
  address: SimpleCellAddress,
  dependencies: Dependencies,
): InterpreterValue {
  return hf.evaluator.runAndForget(ast, address, dependencies);
}

/** Vertex fields read to know what area a top-level array formula has reserved. */
export interface FormulaVertexLike {
  formula?: unknown;
  width: number;
  height: number;
}

export function isProcedure(ast: Ast, name?: string): ast is ProcedureAst {
  const node = ast as { procedureName?: unknown };
  return (
    typeof node.procedureName === 'string' && (name === undefined || node.procedureName === name)
  );
}

interface ArrayVertexLike {
  leftCorner?: SimpleCellAddress;
}

/**
 * The top-left address of every array formula (spilled or blocked). HyperFormula keeps them
 * in one map, so this costs O(array formulas), where a public-API scan would cost O(cells).
 * Array vertices are moved eagerly on structural edits, so their addresses are current.
 */
export function arrayFormulaCorners(hf: HyperFormula): SimpleCellAddress[] {
  const graph = (
    hf as unknown as { dependencyGraph?: { arrayMapping?: { arrayMapping?: unknown } } }
  ).dependencyGraph;
  const mapping = graph?.arrayMapping?.arrayMapping;
  if (!(mapping instanceof Map)) {
    throw new Error('workbook: this HyperFormula version has no array mapping we can use');
  }
  const out: SimpleCellAddress[] = [];
  for (const vertex of mapping.values() as IterableIterator<ArrayVertexLike>) {
    const a = vertex.leftCorner;
    if (!a || typeof a.row !== 'number') {
      throw new Error('workbook: this HyperFormula version has array formulas we cannot read');
    }
    out.push({ sheet: a.sheet, row: a.row, col: a.col });
  }
  return out;
}

/** A formula vertex as the dependency graph holds it; its AST and address update lazily. */
interface FormulaVertexShape {
  getFormula(updating: unknown): Ast;
  getAddress(updating: unknown): SimpleCellAddress;
  /** The area an array formula fills (1 x 1 for a scalar one). */
  width: number;
  height: number;
}

/** A block of cells: a formula's address with the area its result fills. */
export interface CellArea extends SimpleCellAddress {
  width: number;
  height: number;
}

interface GraphShape {
  nodesSparseArray: unknown[];
  dirtyAndVolatileNodeIds: { rawValue: { volatile: number[] } };
  adjacentNodes(node: unknown): Set<unknown>;
}

export interface DependencyGraphShape {
  graph: GraphShape;
  lazilyTransformingAstService: unknown;
  getCell(address: SimpleCellAddress): unknown;
  namedExpressions: {
    nearestNamedExpression(name: string, sheet: number): { address: SimpleCellAddress } | undefined;
  };
}

function isFormulaVertex(node: unknown): node is FormulaVertexShape {
  return (
    typeof node === 'object' &&
    node !== null &&
    typeof (node as FormulaVertexShape).getFormula === 'function' &&
    typeof (node as FormulaVertexShape).getAddress === 'function'
  );
}

/** The graph of a FunctionPlugin's `dependencyGraph`, checked to have what we read. */
export function graphOf(dependencyGraph: unknown): DependencyGraphShape {
  const g = dependencyGraph as Partial<DependencyGraphShape> | undefined;
  const ok =
    g?.graph &&
    Array.isArray(g.graph.nodesSparseArray) &&
    Array.isArray(g.graph.dirtyAndVolatileNodeIds?.rawValue?.volatile) &&
    typeof g.graph.adjacentNodes === 'function' &&
    typeof g.getCell === 'function' &&
    typeof g.namedExpressions?.nearestNamedExpression === 'function';
  if (!ok)
    throw new Error('workbook: this HyperFormula version has a dependency graph we cannot read');
  return g as DependencyGraphShape;
}

/** True when the AST calls one of `names` anywhere. */
export function callsAny(ast: unknown, names: ReadonlySet<string>): boolean {
  if (typeof ast !== 'object' || ast === null) return false;
  if (Array.isArray(ast)) return ast.some((child) => callsAny(child, names));
  const node = ast as { procedureName?: unknown };
  if (typeof node.procedureName === 'string' && names.has(node.procedureName)) return true;
  return Object.values(ast).some((child) => typeof child === 'object' && callsAny(child, names));
}

/**
 * Every vertex that calls one of `names` or depends on one that does, transitively: HyperFormula
 * lists the formulas holding a volatile function, and its edges run from a cell to the
 * formulas (and ranges) that read it.
 */
export function verticesDependingOn(
  graph: DependencyGraphShape,
  names: ReadonlySet<string>,
): { vertices: Set<unknown>; areas: CellArea[] } {
  const { nodesSparseArray, dirtyAndVolatileNodeIds } = graph.graph;
  const vertices = new Set<unknown>();
  const queue: unknown[] = [];
  for (const id of new Set(dirtyAndVolatileNodeIds.rawValue.volatile)) {
    const node = nodesSparseArray[id];
    if (!isFormulaVertex(node) || vertices.has(node)) continue;
    if (!callsAny(node.getFormula(graph.lazilyTransformingAstService), names)) continue;
    vertices.add(node);
    queue.push(node);
  }
  while (queue.length > 0) {
    for (const next of graph.graph.adjacentNodes(queue.pop())) {
      if (vertices.has(next)) continue;
      vertices.add(next);
      queue.push(next);
    }
  }
  const areas: CellArea[] = [];
  for (const v of vertices) {
    if (!isFormulaVertex(v)) continue;
    const at = v.getAddress(graph.lazilyTransformingAstService);
    areas.push({ ...at, width: v.width || 1, height: v.height || 1 });
  }
  return { vertices, areas };
}
