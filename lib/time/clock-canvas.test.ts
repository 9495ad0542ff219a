// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeCanvas, type FakeCanvasRecord } from './canvas-fakes.test-support';
import { canDrawClock, clockCanvas } from './clock-canvas';

let canvas: HTMLCanvasElement;
let drawn: FakeCanvasRecord;

beforeEach(() => {
  drawn = fakeCanvas();
  canvas = document.createElement('canvas');
  Object.assign(canvas.style, { fontSize: '16px', fontWeight: '700', fontFamily: 'sans-serif', color: 'rgb(1, 2, 3)' });
  document.body.append(canvas);
});
afterEach(() => {
  canvas.remove();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('clockCanvas', () => {
  it('sizes the canvas to the text in em, then draws each glyph at the device’s scale on the text’s baseline', () => {
    const clock = clockCanvas(canvas)!;
    clock.draw('01:05');
    // Four 10 px digit cells and a 4 px colon, at 16 px a line.
    expect(canvas.style.width).toBe('2.75em');
    expect(drawn.fills, 'nothing drawn before the canvas has a size').toEqual([]);
    drawn.resize({ width: 44, height: 20 }, { width: 88, height: 40 });
    expect([canvas.width, canvas.height]).toEqual([88, 40]);
    expect(drawn.transforms.at(-1)).toEqual([2, 0, 0, 2, 0, 0]);
    // Half the leading (20 − 16) above the ascent of 12.
    expect(drawn.fills).toEqual(
      [...'01:05'].map((glyph, i) => ({
        glyph,
        x: [0, 10, 20, 24, 34][i],
        y: 14,
        color: 'rgb(1, 2, 3)',
        font: expect.stringContaining('700 16px sans-serif') as string,
      })),
    );
  });

  it('draws again only when the text, its colour or its size changes', () => {
    const clock = clockCanvas(canvas)!;
    clock.draw('00:01');
    drawn.resize({ width: 44, height: 20 }, { width: 44, height: 20 });
    const count = () => drawn.fills.length;
    const once = count();
    clock.draw('00:01');
    expect(count(), 'the same second again').toBe(once);
    clock.draw('00:02');
    expect(count()).toBe(2 * once);
    canvas.style.color = 'rgb(200, 200, 200)';
    clock.draw('00:02');
    expect(drawn.fills.at(-1)?.color, 'the theme changed').toBe('rgb(200, 200, 200)');
    const beforeZoom = count();
    drawn.resize({ width: 44, height: 20 }, { width: 66, height: 30 });
    expect(count(), 'a zoom draws at the new scale').toBe(beforeZoom + once);
    expect(drawn.transforms.at(-1)).toEqual([1.5, 0, 0, 1.5, 0, 0]);
  });

  it('repaints in the new colour as soon as the theme changes, from the settings or the system', async () => {
    const clock = clockCanvas(canvas)!;
    clock.draw('00:01');
    drawn.resize({ width: 44, height: 20 }, { width: 44, height: 20 });
    canvas.style.color = 'rgb(9, 9, 9)';
    document.documentElement.dataset.theme = 'dark';
    await Promise.resolve();
    expect(drawn.fills.at(-1)?.color, 'the theme setting').toBe('rgb(9, 9, 9)');
    canvas.style.color = 'rgb(8, 8, 8)';
    drawn.mediaListeners.forEach((listener) => listener());
    expect(drawn.fills.at(-1)?.color, 'the system scheme').toBe('rgb(8, 8, 8)');
    clock.dispose();
    expect(drawn.mediaListeners.size).toBe(0);
    delete document.documentElement.dataset.theme;
  });

  it('watches device pixels, where the browser reports them, and lets go when disposed', () => {
    const clock = clockCanvas(canvas)!;
    expect(drawn.observedWith).toEqual([{ box: 'device-pixel-content-box' }]);
    clock.dispose();
    expect(drawn.disconnected).toBe(true);
  });

  it('scales by devicePixelRatio where device pixels are not reported', () => {
    vi.stubGlobal('devicePixelRatio', 1.25);
    clockCanvas(canvas)!.draw('00:00');
    drawn.resize({ width: 44, height: 20 });
    expect([canvas.width, canvas.height]).toEqual([55, 25]);
  });

  it('is what this browser can do only with a 2D context and a ResizeObserver', () => {
    expect(canDrawClock()).toBe(true);
    vi.unstubAllGlobals();
    expect(canDrawClock(), 'jsdom alone').toBe(false);
  });
});
