// The committed Marketplace graphics have the sizes the store listing asks for (see
// scripts/listingAssets.ts); `npm run listing-assets` regenerates them.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BANNER, ICON_SIZES, LISTING_DIR, SCREENSHOT } from '../../scripts/listingAssets';

/** Width and height from a PNG's IHDR chunk, after the 8-byte signature. */
async function pngSize(file: string): Promise<{ width: number; height: number }> {
  const bytes = await readFile(join(LISTING_DIR, file));
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the Marketplace listing graphics in docs/listing', () => {
  it.each(ICON_SIZES)('has the %i px icon', async (size) => {
    expect(await pngSize(`icon-${size}.png`)).toEqual({ width: size, height: size });
  });

  it('has the 220×140 card banner and 1280×800 screenshots', async () => {
    expect(await pngSize('banner-220x140.png')).toEqual(BANNER);
    expect(await pngSize('screenshot-1-nail-factory.png')).toEqual(SCREENSHOT);
    expect(await pngSize('screenshot-2-lead-funnel.png')).toEqual(SCREENSHOT);
  });
});
