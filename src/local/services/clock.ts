// The runtime's notion of now. Tests drive it; advancing it lets the trigger scheduler run
// every time-driven trigger that falls due on the way, each at its own due time.

export type DueRunner = (until: number) => void;

export class Clock {
  private time: number;
  private runner: DueRunner | null = null;
  private readonly advanced: (() => void)[] = [];

  constructor(start: Date) {
    this.time = start.getTime();
  }

  now(): Date {
    return new Date(this.time);
  }

  nowMs(): number {
    return this.time;
  }

  /** Used by the scheduler to step to each trigger's due time before running it. */
  setTime(ms: number): void {
    this.time = Math.max(this.time, ms);
  }

  onAdvance(runner: DueRunner): void {
    this.runner = runner;
  }

  /** Told after every advance (NOW() and TODAY() recalculate). */
  afterAdvance(listener: () => void): void {
    this.advanced.push(listener);
  }

  advance(ms: number): void {
    if (!(ms >= 0)) throw new RangeError('Clock.advance needs a non-negative number of ms');
    const until = this.time + ms;
    this.runner?.(until);
    this.time = until;
    for (const listener of this.advanced) listener();
  }
}
