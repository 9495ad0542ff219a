import { vi } from 'vitest';

/** What a test's fake 2D context was asked to draw. */
export interface FakeCanvasRecord {
  fills: { glyph: string; x: number; y: number; color: string; font: string }[];
  transforms: number[][];
  observedWith: unknown[];
  /** Reports a size to the canvas's ResizeObserver, as the browser does after layout. */
  resize(css: { width: number; height: number }, device?: { width: number; height: number }): void;
  disconnected: boolean;
  /** Listeners of the fake matchMedia's lists (jsdom has none). */
  mediaListeners: Set<() => void>;
}

/**
 * jsdom has neither a 2D canvas context nor ResizeObserver: these stand in for them, with glyphs
 * of a fixed font (digits 10 px, ":" 4 px, others 6 px; ascent 12, descent 4). Undo with vi.unstubAllGlobals().
 */
export function fakeCanvas(): FakeCanvasRecord {
  const record: FakeCanvasRecord = {
    fills: [],
    transforms: [],
    observedWith: [],
    resize: () => undefined,
    disconnected: false,
    mediaListeners: new Set(),
  };
  const widthOf = (text: string) => [...text].reduce((sum, glyph) => sum + (/\d/.test(glyph) ? 10 : glyph === ':' ? 4 : 6), 0);
  const context = {
    font: '',
    fillStyle: '',
    measureText: (text: string) => ({ width: widthOf(text), fontBoundingBoxAscent: 12, fontBoundingBoxDescent: 4 }),
    setTransform: (...matrix: number[]) => void record.transforms.push(matrix),
    clearRect: () => undefined,
    fillText(glyph: string, x: number, y: number) {
      record.fills.push({ glyph, x, y, color: this.fillStyle, font: this.font });
    },
  };
  vi.stubGlobal('CanvasRenderingContext2D', function CanvasRenderingContext2D() {});
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation((() => context) as never);
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(private readonly callback: ResizeObserverCallback) {}
      observe(_target: Element, options?: unknown) {
        record.observedWith.push(options);
        record.resize = (css, device) =>
          this.callback(
            [
              {
                contentBoxSize: [{ inlineSize: css.width, blockSize: css.height }],
                devicePixelContentBoxSize: device ? [{ inlineSize: device.width, blockSize: device.height }] : [],
              } as unknown as ResizeObserverEntry,
            ],
            this as unknown as ResizeObserver,
          );
      }
      disconnect() {
        record.disconnected = true;
      }
    },
  );
  vi.stubGlobal('matchMedia', (query: string) => ({
    media: query,
    addEventListener: (_type: string, listener: () => void) => record.mediaListeners.add(listener),
    removeEventListener: (_type: string, listener: () => void) => record.mediaListeners.delete(listener),
  }));
  return record;
}
