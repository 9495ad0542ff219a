import { clampWidth, MAX_WIDTH, MIN_WIDTH, type SidebarLayout } from '../settings/sidebar-layout';
import type { DockPlacement, PageGeometry, StyleMap } from './dock-protocol';

/** Overlay only: the gap between the floating panel and the viewport's edges. */
export const FRAME_INSET_PX = 8;
const COMPACT_HEIGHT_PX = 400;
export const KEY_STEP_PX = 16;

/** Where the call's own controls are (lib/platforms/): a floating sidebar keeps clear of them. */
export interface CallControls {
  edge: 'top' | 'bottom';
  clearancePx: number;
}

/** The page's controls, in their closed shadow root so the page's CSS cannot restyle them. */
export const CONTROLS_CSS = `
  :host { all: initial; }
  button, [role=separator] { position: fixed; z-index: 2147483647; box-sizing: border-box; font: 600 13px system-ui, sans-serif; }
  button { top: 40%; padding: 10px 6px; border: 0; border-radius: 8px; background: #0b57d0; color: #fff;
    cursor: pointer; writing-mode: vertical-rl; box-shadow: 0 2px 10px rgba(0,0,0,.35); }
  [role=separator] { width: 10px; cursor: ew-resize; background: transparent; }
  [role=separator]:hover, [role=separator]:focus-visible { background: rgba(11, 87, 208, .35); outline: none; border-radius: 4px; }
  button:focus-visible { outline: 3px solid #fff; outline-offset: -5px; }
`;
export const SEPARATOR_ARIA = { min: MIN_WIDTH, max: MAX_WIDTH };

/**
 * Where the frame, the page squeeze and the page's controls go for a layout on a page. Beside the
 * call, the frame takes the whole height of its edge and the page is narrowed to make room; over
 * the call, it floats clear of the control bar and of the call's own open side panel.
 */
export function placeDock(layout: SidebarLayout, page: PageGeometry, controls: CallControls): DockPlacement {
  const width = clampWidth(layout.width, page.viewport, layout.mode);
  const edge = layout.dock === 'left' ? 'left' : 'right';
  const other = edge === 'left' ? 'right' : 'left';
  const beside = layout.mode === 'beside';
  const inset = beside ? 0 : FRAME_INSET_PX + page.panels[edge];
  const full = beside ? '100vh' : `calc(100vh - ${FRAME_INSET_PX + controls.clearancePx}px)`;
  const top = beside ? 0 : FRAME_INSET_PX + (controls.edge === 'top' ? controls.clearancePx : 0);
  const height = layout.compact && !beside ? `min(${COMPACT_HEIGHT_PX}px, ${full})` : full;
  // Each one important, so the page's CSS cannot move the frame.
  const frame: StyleMap = {
    position: 'fixed',
    margin: '0',
    padding: '0',
    border: '0',
    'color-scheme': 'normal',
    background: 'transparent',
    'z-index': '2147483646',
    visibility: 'visible',
    opacity: '1',
    display: layout.collapsed ? 'none' : 'block',
    [edge]: `${inset}px`,
    [other]: 'auto',
    top: `${top}px`,
    width: `${width}px`,
    height,
    'border-radius': beside ? '0' : '12px',
    'box-shadow': beside ? 'none' : '0 4px 24px rgba(0, 0, 0, 0.35)',
    [`border-${other}`]: beside ? '1px solid rgba(128, 128, 128, 0.5)' : '0',
    [`border-${edge}`]: '0',
  };
  // "Beside the call": the body is narrowed and made the containing block of the call's
  // fixed-position content, so the call lays out in the width that is left (lib/content/puppet-dock.ts).
  const body: StyleMap | null =
    beside && !layout.collapsed
      ? {
          [`margin-${edge}`]: `${width}px`,
          [`margin-${other}`]: '0px',
          width: 'auto',
          'min-width': '0px',
          height: '100vh',
          contain: 'layout',
        }
      : null;
  // Beside the call, the separator lies on the frame's own edge, never over the call.
  const separatorAt = (beside ? width - 5 : inset + width) - 5;
  return {
    frame,
    body,
    show: layout.collapsed ? { [edge]: '0', [other]: 'auto' } : null,
    separator: layout.collapsed ? null : { [edge]: `${separatorAt}px`, [other]: 'auto', height, top: `${top}px` },
    width,
    css: CONTROLS_CSS,
  };
}

/** The width a drag to `x` asks for: from the docked edge (and the floating frame's inset) to the pointer. */
export function widthAtPointer(x: number, layout: SidebarLayout, page: PageGeometry): number {
  const edge = layout.dock === 'left' ? 'left' : 'right';
  const inset = layout.mode === 'beside' ? 0 : FRAME_INSET_PX + page.panels[edge];
  return (edge === 'left' ? x : page.viewport - x) - inset;
}
