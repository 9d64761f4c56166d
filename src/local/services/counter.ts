// Counts Spreadsheet service calls per `Class.method`, so tests can prove that an operation's
// number of calls does not grow with the number of rows (README.md, "The local preview").

export class CallCounter {
  /** Live counts, e.g. { 'Range.getValues': 3 }. */
  readonly counts: Record<string, number> = {};

  increment(name: string): void {
    this.counts[name] = (this.counts[name] ?? 0) + 1;
  }

  get(name: string): number {
    return this.counts[name] ?? 0;
  }

  total(): number {
    return Object.values(this.counts).reduce((sum, n) => sum + n, 0);
  }

  snapshot(): Record<string, number> {
    return { ...this.counts };
  }

  reset(): void {
    for (const key of Object.keys(this.counts)) delete this.counts[key];
  }
}
