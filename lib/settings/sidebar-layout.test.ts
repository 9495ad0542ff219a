import { describe, expect, it } from 'vitest';
import { autoWidth, clampWidth } from './sidebar-layout';

describe('sidebar layout', () => {
  it('keeps the width between its bounds and leaves room for the call', () => {
    expect(clampWidth(100)).toBe(280);
    expect(clampWidth(5000)).toBe(720);
    expect(clampWidth(700, 800)).toBe(640);
    expect(clampWidth(Number.NaN)).toBe(360);
  });

  it('follows the screen until the user picks a width: wider on large screens', () => {
    expect(autoWidth(1280)).toBe(360);
    expect(autoWidth(1600)).toBe(400);
    expect(autoWidth(1920)).toBe(480);
    expect(autoWidth(3840)).toBe(480);
    expect(clampWidth(null, 1920)).toBe(480);
    expect(clampWidth(null, 600)).toBe(360);
    expect(clampWidth(700, 600)).toBe(440);
  });
});
