// The shared look of the sample sheets: data in A:D, a spilled flag column in F and a
// summary block in H:I, with the header row and the summary labels coloured.

export const HEADER_BACKGROUND = '#dfe7f5';
export const SUMMARY_BACKGROUND = '#f3f3f3';

/** Header row in blue, the summary block's labels in grey; everything else uncoloured. */
export function backgroundsFor(
  rows: number,
  cols: number,
  summaryRows: number,
): (string | null)[][] {
  const backgrounds: (string | null)[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: (string | null)[] = new Array(cols).fill(null);
    if (r === 0) {
      for (const c of [0, 1, 2, 3, 5, 7, 8]) row[c] = HEADER_BACKGROUND;
    } else if (r < summaryRows) {
      row[7] = SUMMARY_BACKGROUND;
    }
    backgrounds.push(row);
  }
  return backgrounds;
}
