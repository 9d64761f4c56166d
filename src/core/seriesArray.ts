/** A column as a Float64Array, NaN where a value is missing: one fast, monomorphic read path. */
export function toSeriesArray(values: readonly (number | null)[]): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = values[i] ?? Number.NaN;
  return out;
}

/** The present (non-NaN) values of series[from, to) copied into buffer; the filled part. */
export function presentInto(
  series: Float64Array,
  from: number,
  to: number,
  buffer: Float64Array,
): Float64Array {
  let count = 0;
  for (let r = Math.max(from, to - buffer.length, 0); r < to; r++) {
    const value = series[r];
    if (!Number.isNaN(value)) buffer[count++] = value;
  }
  return buffer.subarray(0, count);
}
