// Colours between CSS hex ("#rrggbb", as Apps Script gives them) and the ARGB exceljs uses.

/** "#rgb" or "#rrggbb" as opaque ARGB; anything else (named colours) is left out. */
export function toArgb(css: string): string | null {
  const hex = css.trim().replace(/^#/, '');
  if (/^[0-9a-f]{6}$/i.test(hex)) return `FF${hex.toUpperCase()}`;
  if (/^[0-9a-f]{3}$/i.test(hex)) {
    return `FF${[...hex]
      .map((h) => h + h)
      .join('')
      .toUpperCase()}`;
  }
  return null;
}

/**
 * An explicit ARGB (or RGB) colour as "#rrggbb". Theme and indexed colours need the
 * workbook's theme part, which exceljs does not interpret: they read as no colour.
 */
export function fromArgb(argb: unknown): string | null {
  if (typeof argb !== 'string' || !/^[0-9a-f]{6}([0-9a-f]{2})?$/i.test(argb)) return null;
  return `#${argb.slice(-6).toLowerCase()}`;
}
