import { tabularLayout } from './tabular-layout';

export interface ClockCanvas {
  /** Shows `text`; a call that would draw the same pixels again does nothing. */
  draw(text: string): void;
  dispose(): void;
}

/** Whether this browser can draw a clock (jsdom cannot: the text stays text there). */
export function canDrawClock(): boolean {
  return typeof ResizeObserver === 'function' && typeof CanvasRenderingContext2D === 'function';
}

/**
 * Draws a running clock's text on `canvas` in the canvas's own computed font and colour, digits
 * tabular, on the line as the text would sit. A text node written each second costs the frame a
 * style and layout pass and, with the pointer over the sidebar, a hover hit test; a canvas costs a
 * few pixels (bench/load/interaction.ts, measureCpu). The canvas's width follows the text in `em`,
 * so a text size or zoom change resizes it and the ResizeObserver draws it again, crisp.
 */
export function clockCanvas(canvas: HTMLCanvasElement): ClockCanvas | undefined {
  const context = canvas.getContext('2d');
  if (!context) return undefined;
  let text = '';
  let drawn = '';
  let cssSize = { width: 0, height: 0 };
  let width = '';
  let contextFont = '';
  const widths = new Map<string, number>();
  const widthOf = (font: string) => (glyph: string) => {
    const key = `${font}\n${glyph}`;
    let width = widths.get(key);
    if (width === undefined) widths.set(key, (width = context.measureText(glyph).width));
    return width;
  };
  const heights = new Map<string, { ascent: number; descent: number }>();
  const heightOf = (font: string) => {
    let height = heights.get(font);
    if (!height) {
      const metrics = context.measureText('0');
      heights.set(font, (height = { ascent: metrics.fontBoundingBoxAscent, descent: metrics.fontBoundingBoxDescent }));
    }
    return height;
  };

  const paint = () => {
    const style = getComputedStyle(canvas);
    const font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const key = [text, font, style.color, canvas.width, canvas.height].join('\n');
    if (key === drawn) return;
    drawn = key;
    // Parsed on every assignment: set only when it changed or a resize reset the context.
    if (contextFont !== font) context.font = contextFont = font;
    const layout = tabularLayout(text, widthOf(font));
    const textWidth = `${(Math.ceil(layout.width) / parseFloat(style.fontSize)).toFixed(3)}em`;
    // Only when the text gets another digit (kept here: the style reads back "2.75em" for "2.750em").
    if (width !== textWidth) canvas.style.width = width = textWidth;
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, canvas.width, canvas.height);
    if (!cssSize.width) return;
    const scale = canvas.width / cssSize.width;
    context.setTransform(scale, 0, 0, scale, 0, 0);
    context.fillStyle = style.color;
    // The baseline where the line would put it: half the leading above the font's ascent.
    const { ascent, descent } = heightOf(font);
    const baseline = (cssSize.height - ascent - descent) / 2 + ascent;
    for (const { glyph, x } of layout.glyphs) context.fillText(glyph, x, baseline);
  };

  const resized = new ResizeObserver(([entry]) => {
    if (!entry) return;
    const box = entry.contentBoxSize[0];
    const devicePixels = entry.devicePixelContentBoxSize?.[0];
    cssSize = { width: box?.inlineSize ?? 0, height: box?.blockSize ?? 0 };
    canvas.width = Math.round(devicePixels?.inlineSize ?? cssSize.width * devicePixelRatio);
    canvas.height = Math.round(devicePixels?.blockSize ?? cssSize.height * devicePixelRatio);
    contextFont = '';
    paint();
  });
  try {
    // Device pixels: a zoom that changes devicePixelRatio alone reports here too.
    resized.observe(canvas, { box: 'device-pixel-content-box' });
  } catch {
    resized.observe(canvas);
  }
  // The colour follows the theme, set on the root (lib/settings/apply-appearance.ts) or by the
  // system: repainted at once rather than at the next second.
  const themed = new MutationObserver(paint);
  themed.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  const schemes = ['(prefers-color-scheme: dark)', '(forced-colors: active)'].map((query) => matchMedia(query));
  schemes.forEach((scheme) => scheme.addEventListener('change', paint));
  return {
    draw(next) {
      text = next;
      paint();
    },
    dispose() {
      resized.disconnect();
      themed.disconnect();
      schemes.forEach((scheme) => scheme.removeEventListener('change', paint));
    },
  };
}
