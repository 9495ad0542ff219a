import { platformOf } from '../platforms';
import { clampWidth } from '../settings/sidebar-layout';
import { updateLayout, watchLayout } from '../settings/sidebar-layout-lazy';
import type { DockStart, PageGeometry } from './dock-protocol';
import type { PageLink } from './page-link';
import { KEY_STEP_PX, placeDock, widthAtPointer } from './placement';

interface FrameDockOptions extends DockStart {
  page: PageGeometry;
  /** The private port to the content script (lib/dock/page-link.ts). */
  link: Pick<PageLink, 'onPageEvent' | 'place'>;
}

/**
 * The sidebar frame places itself: from the stored layout and what the content script says of
 * the page, it computes where the frame, the page squeeze and the page's controls go and sends
 * that to its content script (on their private port), which only applies it. The user's gestures on the page's controls
 * come back here and are stored. Nothing runs between changes.
 */
export function startFrameDock({ platform, layout: stored, callStart, page: firstPage, link }: FrameDockOptions) {
  const controls = platformOf(platform).controls;
  let page = firstPage;
  // "Stays as a handle until asked" (Settings): every call starts hidden to the Show handle.
  let layout = callStart === 'handle' ? { ...stored, collapsed: true } : stored;
  if (callStart === 'handle' && !stored.collapsed) void updateLayout(platform, { collapsed: true });
  // The widths stored and not yet echoed back by storage, in order: until the last echo comes, an
  // echo of an earlier step must not set the width back (a held arrow key would lose steps, and a
  // key held one way, then the other, would jump back a step). A width equal to the last one
  // stored is not written again: storage would not echo it.
  const unechoed: number[] = [];
  let storedWidth = stored.width;

  const send = () => link.place(placeDock(layout, page, controls));
  const resize = (width: number, done: boolean) => {
    const clamped = clampWidth(width, page.viewport, layout.mode);
    layout = { ...layout, width: clamped };
    send();
    if (!done || clamped === (unechoed.at(-1) ?? storedWidth)) return;
    unechoed.push(clamped);
    void updateLayout(platform, { width: clamped });
  };

  link.onPageEvent((event) => {
    page = { viewport: event.viewport, panels: event.panels };
    if (event.show) void updateLayout(platform, { collapsed: false });
    if (event.drag) return resize(widthAtPointer(event.drag.x, layout, page), event.drag.done);
    if (event.key && !layout.collapsed) {
      const wider = (event.key === 'ArrowLeft') === (layout.dock !== 'left');
      return resize(clampWidth(layout.width, page.viewport, layout.mode) + (wider ? KEY_STEP_PX : -KEY_STEP_PX), true);
    }
    send();
  });
  const stop = watchLayout(platform, (next) => {
    storedWidth = next.width;
    unechoed.splice(0, unechoed.indexOf(next.width ?? NaN) + 1);
    layout = unechoed.length === 0 ? next : { ...next, width: unechoed.at(-1)! };
    send();
  });
  send();
  return stop;
}
