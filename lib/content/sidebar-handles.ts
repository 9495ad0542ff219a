import { MAX_WIDTH, MIN_WIDTH } from '../settings/sidebar-layout';

interface HandleCallbacks {
  onShow: () => void;
  /** A new width while dragging (`done` false) and once at the end (`done` true). */
  onResize: (width: number, done: boolean) => void;
  onDragging: (dragging: boolean) => void;
}

export interface HandlePlacement {
  collapsed: boolean;
  edge: 'left' | 'right';
  /** Distance from the docked edge of the viewport to the frame's inner edge, in px. */
  frameOuterEdge: number;
  width: number;
  /** The frame's CSS height and top, which the separator follows. */
  height: string;
  top: number;
  /** The frame's distance from the docked edge (0 beside the call). */
  inset: number;
}

const STYLE = `
  :host { all: initial; }
  button, [role=separator] { position: fixed; z-index: 2147483647; box-sizing: border-box; font: 600 13px system-ui, sans-serif; }
  button { top: 40%; padding: 10px 6px; border: 0; border-radius: 8px; background: #0b57d0; color: #fff;
    cursor: pointer; writing-mode: vertical-rl; box-shadow: 0 2px 10px rgba(0,0,0,.35); }
  [role=separator] { width: 10px; cursor: ew-resize; background: transparent; }
  [role=separator]:hover, [role=separator]:focus-visible { background: rgba(11, 87, 208, .35); outline: none; border-radius: 4px; }
  button:focus-visible { outline: 3px solid #fff; outline-offset: -5px; }
  [hidden] { display: none !important; }
`;
const KEY_STEP_PX = 16;

/**
 * The content script's own controls, in a shadow root so the page's CSS cannot restyle them:
 * "Show sidebar" while the sidebar is hidden, and a keyboard- and pointer-operable separator
 * to resize it. Built with DOM calls only (no HTML strings) under Meet's Trusted Types.
 */
export function createSidebarHandles(doc: Document, callbacks: HandleCallbacks) {
  const host = doc.createElement('interview-sidebar-controls');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const show = doc.createElement('button');
  show.type = 'button';
  // The visible text is the accessible name (WCAG 2.5.3).
  show.textContent = 'Show sidebar';
  show.addEventListener('click', (e) => e.isTrusted && callbacks.onShow());
  const separator = doc.createElement('div');
  separator.setAttribute('role', 'separator');
  separator.setAttribute('aria-orientation', 'vertical');
  separator.setAttribute('aria-label', 'Resize sidebar');
  separator.setAttribute('aria-valuemin', String(MIN_WIDTH));
  separator.setAttribute('aria-valuemax', String(MAX_WIDTH));
  separator.tabIndex = 0;
  // Neither shows until the dock places them with the stored layout.
  show.hidden = separator.hidden = true;
  root.append(style, show, separator);

  let placement: HandlePlacement | undefined;
  const widthAt = (clientX: number) => {
    const viewport = doc.defaultView?.innerWidth ?? 0;
    const fromEdge = placement?.edge === 'left' ? clientX : viewport - clientX;
    return fromEdge - (placement?.inset ?? 0);
  };

  separator.addEventListener('pointerdown', (down) => {
    if (!down.isTrusted) return;
    down.preventDefault();
    separator.setPointerCapture(down.pointerId);
    callbacks.onDragging(true);
    const move = (e: PointerEvent) => callbacks.onResize(widthAt(e.clientX), false);
    const up = (e: PointerEvent) => {
      separator.removeEventListener('pointermove', move);
      callbacks.onDragging(false);
      callbacks.onResize(widthAt(e.clientX), true);
    };
    separator.addEventListener('pointermove', move);
    separator.addEventListener('pointerup', up, { once: true });
  });
  // Only the user's own input moves the sidebar: events the page makes up (isTrusted false) are ignored.
  separator.addEventListener('keydown', (e) => {
    if (!e.isTrusted || !placement || (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight')) return;
    e.preventDefault();
    const wider = (e.key === 'ArrowLeft') === (placement.edge === 'right');
    callbacks.onResize(placement.width + (wider ? KEY_STEP_PX : -KEY_STEP_PX), true);
  });

  return {
    host,
    place(next: HandlePlacement): void {
      placement = next;
      show.hidden = !next.collapsed;
      separator.hidden = next.collapsed;
      const other = next.edge === 'left' ? 'right' : 'left';
      show.style.setProperty(next.edge, '0');
      show.style.setProperty(other, 'auto');
      separator.style.setProperty(next.edge, `${next.frameOuterEdge - 5}px`);
      separator.style.setProperty(other, 'auto');
      separator.style.setProperty('height', next.height);
      separator.style.setProperty('top', `${next.top}px`);
      separator.setAttribute('aria-valuenow', String(next.width));
    },
  };
}
