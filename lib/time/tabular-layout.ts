export interface PlacedGlyph {
  glyph: string;
  /** Where the glyph's advance starts. */
  x: number;
}

/**
 * Places each character of `text` in a row, digits in cells as wide as the widest digit, as
 * `font-variant-numeric: tabular-nums` sets them in the page (a canvas has no such setting): a
 * running clock's digits then keep their places as they change.
 */
export function tabularLayout(text: string, widthOf: (glyph: string) => number): { glyphs: PlacedGlyph[]; width: number } {
  const digitCell = Math.max(...[...'0123456789'].map(widthOf));
  const glyphs: PlacedGlyph[] = [];
  let x = 0;
  for (const glyph of text) {
    const width = widthOf(glyph);
    const cell = /\d/.test(glyph) ? digitCell : width;
    glyphs.push({ glyph, x: x + (cell - width) / 2 });
    x += cell;
  }
  return { glyphs, width: x };
}
