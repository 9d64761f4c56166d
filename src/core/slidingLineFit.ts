/**
 * The values of a sliding run of a series (oldest first, at positions 0, 1, ...), kept as sums
 * so that adding a value at the end or dropping the first costs O(1): their mean, spread and
 * the lag-1 autocorrelation of their residuals about their least-squares line. Sums are taken
 * about a reference value, refreshed from the values themselves every quarter-capacity changes, so a
 * series far from 0 or drifting over 100,000 rows keeps its precision.
 */
export class SlidingLineFit {
  private readonly ring: Float64Array;
  private head = 0;
  private size = 0;
  private changes = 0;
  private ref = 0;
  private sum = 0; // Σ y, y = x − ref
  private squares = 0; // Σ y²
  private positioned = 0; // Σ i·y, i the position in the run
  private lagged = 0; // Σ y_i·y_(i−1)

  /** Sums are recomputed after this many changes: O(1) amortized, rounding kept small. */
  private readonly refreshEvery: number;

  constructor(readonly capacity: number) {
    this.ring = new Float64Array(capacity);
    this.refreshEvery = Math.max(16, capacity >> 2);
  }

  get count(): number {
    return this.size;
  }

  push(x: number): void {
    if (this.size === this.capacity) this.shift();
    if (this.size === 0) this.restart(x);
    const y = x - this.ref;
    if (this.size > 0) this.lagged += this.at(this.size - 1) * y;
    this.positioned += this.size * y;
    this.sum += y;
    this.squares += y * y;
    this.ring[(this.head + this.size) % this.capacity] = x;
    this.size++;
    this.changed();
  }

  shift(): void {
    if (this.size === 0) return;
    const first = this.at(0);
    if (this.size > 1) this.lagged -= first * this.at(1);
    this.sum -= first;
    this.squares -= first * first;
    // Position 0 leaves; every other value moves one position down.
    this.positioned -= this.sum;
    this.head = (this.head + 1) % this.capacity;
    this.size--;
    this.changed();
  }

  mean(): number {
    return this.ref + this.sum / this.size;
  }

  /** The sample standard deviation about the mean. */
  standardDeviation(): number {
    const n = this.size;
    if (n < 2) return 0;
    const squares = this.squares - (this.sum * this.sum) / n;
    return squares > 0 ? Math.sqrt(squares / (n - 1)) : 0;
  }

  /** r1 of the residuals about the least-squares line against position; 0 without spread. */
  detrendedLag1(): number {
    const n = this.size;
    if (n < 3) return 0;
    const meanPos = (n - 1) / 2;
    const spp = (n * (n * n - 1)) / 12;
    const meanY = this.sum / n;
    const slope = (this.positioned - meanPos * this.sum) / spp;
    const residualSquares = this.squares - n * meanY * meanY - slope * slope * spp;
    if (!(residualSquares > 1e-12 * this.squares)) return 0;
    const intercept = meanY - slope * meanPos;
    const first = this.at(0);
    const last = this.at(n - 1);
    const m = n - 1;
    const residualLagged =
      this.lagged -
      intercept * (2 * this.sum - first - last) -
      slope * (2 * this.positioned - n * last + first) +
      intercept * intercept * m +
      intercept * slope * m * m +
      (slope * slope * m * n * (n - 2)) / 3;
    return residualLagged / residualSquares;
  }

  /** An empty run starts its sums about its first value. */
  private restart(ref: number): void {
    this.ref = ref;
    this.sum = 0;
    this.squares = 0;
    this.positioned = 0;
    this.lagged = 0;
  }

  /** y of the value at a position (0 = oldest). */
  private at(position: number): number {
    return this.ring[(this.head + position) % this.capacity] - this.ref;
  }

  /** Every refreshEvery changes: sums recomputed about the current mean, bounding rounding error. */
  private changed(): void {
    if (++this.changes < this.refreshEvery) return;
    this.changes = 0;
    const values: number[] = [];
    for (let i = 0; i < this.size; i++) values.push(this.ring[(this.head + i) % this.capacity]);
    this.ref = this.size > 0 ? values.reduce((a, b) => a + b, 0) / this.size : 0;
    this.sum = 0;
    this.squares = 0;
    this.positioned = 0;
    this.lagged = 0;
    values.forEach((x, i) => {
      const y = x - this.ref;
      if (i > 0) this.lagged += (values[i - 1] - this.ref) * y;
      this.positioned += i * y;
      this.sum += y;
      this.squares += y * y;
    });
  }
}

/** A SlidingLineFit over the present values of rows [start, end) of a series, moved forward only. */
export class SlidingRows {
  readonly fit: SlidingLineFit;
  private start = 0;
  private end = 0;

  constructor(
    private readonly series: Float64Array,
    capacity: number,
  ) {
    this.fit = new SlidingLineFit(Math.max(1, capacity));
  }

  /** Covers rows [start, end); both must not move backwards, and end − start ≤ capacity. */
  moveTo(start: number, end: number): SlidingLineFit {
    for (; this.start < start; this.start++) {
      if (this.start < this.end && !Number.isNaN(this.series[this.start])) this.fit.shift();
    }
    if (this.end < this.start) this.end = this.start;
    for (; this.end < end; this.end++) {
      const value = this.series[this.end];
      if (!Number.isNaN(value)) this.fit.push(value);
    }
    return this.fit;
  }
}
