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

  it("beside the call: every frame style the page's CSS could override is set, with a divider on the call's side only", () => {
    expect(placeDock(DEFAULT_LAYOUT, PAGE, BOTTOM).frame).toEqual({
      position: 'fixed',
      margin: '0',
      padding: '0',
      border: '0',
      'color-scheme': 'normal',
      background: 'transparent',
      'z-index': '2147483646',
      visibility: 'visible',
      opacity: '1',
      display: 'block',
      right: '0px',
      left: 'auto',
      top: '0px',
      width: '360px',
      height: '100vh',
      'border-radius': '0',
      'box-shadow': 'none',
      'border-left': '1px solid rgba(128, 128, 128, 0.5)',
      'border-right': '0',
    });
    expect(placeDock({ ...DEFAULT_LAYOUT, dock: 'left' }, PAGE, BOTTOM).body).toEqual({
      'margin-left': '360px',
      'margin-right': '0px',
      width: 'auto',
      'min-width': '0px',
      height: '100vh',
      contain: 'layout',
    });
  });

  it('over the call on Meet: a rounded floating card clear of the bottom bar, its separator on its inner edge', () => {
    const p = placeDock({ ...DEFAULT_LAYOUT, mode: 'overlay' }, PAGE, BOTTOM);
    expect(p.frame).toMatchObject({
      right: `${FRAME_INSET_PX}px`,
      top: `${FRAME_INSET_PX}px`,
      height: `calc(100vh - ${FRAME_INSET_PX + 96}px)`,
      'border-radius': '12px',
      'box-shadow': '0 4px 24px rgba(0, 0, 0, 0.35)',
      'border-left': '0',
      'border-right': '0',
    });
    expect(p.separator).toEqual({
      right: `${FRAME_INSET_PX + 360 - 5}px`,
      left: 'auto',
      height: p.frame.height,
      top: `${FRAME_INSET_PX}px`,
    });
    expect(p.css).toContain(':host { all: initial; }');
  });

  it('a drag asks for the width from the docked edge to the pointer, on either side', () => {
    const left = { ...DEFAULT_LAYOUT, dock: 'left' } as const;
    expect(widthAtPointer(420, left, PAGE)).toBe(420);
    expect(widthAtPointer(420, DEFAULT_LAYOUT, PAGE)).toBe(1280 - 420);
    expect(widthAtPointer(420, { ...left, mode: 'overlay' }, { ...PAGE, panels: { left: 100, right: 0 } })).toBe(
      420 - FRAME_INSET_PX - 100,
    );
  });
});
