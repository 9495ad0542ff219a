import { describe, expect, it } from 'vitest';
import { tabularLayout } from './tabular-layout';

// A proportional font: "1" narrow, "0" wide, ":" and " " narrower still.
const widths: Record<string, number> = { '0': 10, '1': 4, '2': 9, '5': 9, ':': 3, ' ': 3, '/': 5 };
const widthOf = (glyph: string) => widths[glyph] ?? 8;

describe('tabularLayout', () => {
  it('gives every digit the widest digit’s cell, centred in it', () => {
    const { glyphs, width } = tabularLayout('1:01', widthOf);
    expect(glyphs).toEqual([
      { glyph: '1', x: 3 },
      { glyph: ':', x: 10 },
      { glyph: '0', x: 13 },
      { glyph: '1', x: 26 },
    ]);
    expect(width).toBe(10 + 3 + 10 + 10);
  });

  it('keeps the width and the separators’ places as the digits change, so a running clock does not move', () => {
    const before = tabularLayout('0:00 / 5:00', widthOf);
    const after = tabularLayout('1:11 / 5:00', widthOf);
    expect(after.width).toBe(before.width);
    const separators = (layout: typeof before) => layout.glyphs.filter((g) => !/\d/.test(g.glyph)).map((g) => g.x);
    expect(separators(after)).toEqual(separators(before));
  });

  it('lays out nothing for no text', () => {
    expect(tabularLayout('', widthOf)).toEqual({ glyphs: [], width: 0 });
  });
});
