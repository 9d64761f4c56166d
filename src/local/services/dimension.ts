// How a span of rows or columns (1-based start, count) moves when rows or columns are
// inserted, deleted or moved, as Sheets moves metadata, conditional-format ranges and named
// ranges with the cells they are attached to.

export interface Span {
  start: number;
  count: number;
}

/** Insert `n` before index `at`: spans at or after move; an insert strictly inside grows the span. */
export function insertInSpan(span: Span, at: number, n: number): Span {
  if (at <= span.start) return { start: span.start + n, count: span.count };
  if (at < span.start + span.count) return { start: span.start, count: span.count + n };
  return span;
}

/** Delete `n` from index `at`: the overlap is cut off; null when nothing is left. */
export function deleteFromSpan(span: Span, at: number, n: number): Span | null {
  const end = span.start + span.count; // exclusive
  const delEnd = at + n;
  const overlap = Math.max(0, Math.min(end, delEnd) - Math.max(span.start, at));
  const count = span.count - overlap;
  if (count <= 0) return null;
  const before = Math.max(0, Math.min(span.start, delEnd) - at);
  return { start: span.start - before, count };
}

/**
 * Where index `i` ends up when `n` indices from `from` move to before the pre-move index
 * `dest` (Sheet.moveColumns/moveRows semantics).
 */
export function movedIndex(i: number, from: number, n: number, dest: number): number {
  if (dest < from) {
    if (i >= from && i < from + n) return dest + (i - from);
    if (i >= dest && i < from) return i + n;
    return i;
  }
  if (dest > from + n) {
    if (i >= from && i < from + n) return dest - n + (i - from);
    if (i >= from + n && i < dest) return i - n;
    return i;
  }
  return i;
}

/** A span after a move: every index maps on; a span torn apart comes back as several. */
export function moveSpan(span: Span, from: number, n: number, dest: number): Span[] {
  const indices: number[] = [];
  for (let i = span.start; i < span.start + span.count; i++) {
    indices.push(movedIndex(i, from, n, dest));
  }
  indices.sort((a, b) => a - b);
  const spans: Span[] = [];
  for (const i of indices) {
    const last = spans[spans.length - 1];
    if (last && last.start + last.count === i) last.count++;
    else spans.push({ start: i, count: 1 });
  }
  return spans;
}
