// The runtime's notion of now. Tests drive it; advancing it lets the trigger scheduler run
// every time-driven trigger that falls due on the way, each at its own due time.

export type DueRunner = (until: number) => void;

export class Clock {
  private time: number;
  private runner: DueRunner | null = null;

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

  advance(ms: number): void {
    if (!(ms >= 0)) throw new RangeError('Clock.advance needs a non-negative number of ms');
    const until = this.time + ms;
    this.runner?.(until);
    this.time = until;
  }
}
