import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT } from '../settings/sidebar-layout';
import { FRAME_INSET_PX, placeDock, widthAtPointer } from './placement';

const PAGE = { viewport: 1280, panels: { left: 0, right: 0 } };
const BOTTOM = { edge: 'bottom', clearancePx: 96 } as const;

describe('placeDock', () => {
  it('beside the call: full height at the right, the body narrowed by the width, the separator on the frame edge', () => {
    const p = placeDock(DEFAULT_LAYOUT, PAGE, BOTTOM);
    expect(p.frame).toMatchObject({ display: 'block', right: '0px', left: 'auto', top: '0px', width: '360px', height: '100vh' });
    expect(p.body).toMatchObject({ 'margin-right': '360px', 'margin-left': '0px', contain: 'layout' });
    expect(p.separator).toMatchObject({ right: '350px', left: 'auto' });
    expect(p.show).toBeNull();
    expect(p.width).toBe(360);
  });

  it('hidden: no frame, no squeeze, the Show handle at the docked edge', () => {
    const p = placeDock({ ...DEFAULT_LAYOUT, collapsed: true, dock: 'left' }, PAGE, BOTTOM);
    expect(p.frame.display).toBe('none');
    expect(p.body).toBeNull();
    expect(p.separator).toBeNull();
    expect(p.show).toEqual({ left: '0', right: 'auto' });
  });

  it("over the call: floats clear of the controls at the top (Teams) and beside the call's open side panel", () => {
    const page = { viewport: 1280, panels: { left: 0, right: 300 } };
    const p = placeDock({ ...DEFAULT_LAYOUT, mode: 'overlay', compact: true }, page, { edge: 'top', clearancePx: 64 });
    expect(p.frame).toMatchObject({
      right: `${FRAME_INSET_PX + 300}px`,
      top: `${FRAME_INSET_PX + 64}px`,
      height: 'min(400px, calc(100vh - 72px))',
    });
    expect(p.body).toBeNull();
    expect(widthAtPointer(1280 - 308 - 400, { ...DEFAULT_LAYOUT, mode: 'overlay' }, page)).toBe(400);
  });
});
