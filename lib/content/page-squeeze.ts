/** Which properties of <body> the squeeze sets, so that it can put back exactly what was there. */
const PROPERTIES = ['margin-left', 'margin-right', 'width', 'min-width', 'height', 'contain'] as const;

export interface PageSqueeze {
  /** Narrows the page to leave `width` px free at `edge`. */
  set(edge: 'left' | 'right', width: number): void;
  /** Gives the page its whole width back, with the inline styles it had before. */
  release(): void;
}

/**
 * "Beside the call": the page's body is narrowed by the sidebar's width and made the containing
 * block of its fixed-position content (`contain: layout`), so the call lays out its tiles, its
 * control bar and its own side panels in the width that is left, as it does when the window is
 * narrower. The sidebar frame sits outside <body> (on <html>), so it stays fixed to the viewport.
 * No class names of the meeting page are used: they are obfuscated and change.
 */
export function createPageSqueeze(doc: Document = document): PageSqueeze {
  let saved: Map<string, [string, string]> | undefined;
  let current = '';

  const notify = () => doc.defaultView?.dispatchEvent(new Event('resize'));

  return {
    set(edge, width) {
      const body = doc.body;
      if (!body) return;
      const key = `${edge}:${width}`;
      if (key === current) return;
      saved ??= new Map(PROPERTIES.map((p) => [p, [body.style.getPropertyValue(p), body.style.getPropertyPriority(p)]]));
      const set = (property: string, value: string) => body.style.setProperty(property, value, 'important');
      set(edge === 'right' ? 'margin-right' : 'margin-left', `${width}px`);
      set(edge === 'right' ? 'margin-left' : 'margin-right', '0px');
      set('width', 'auto');
      set('min-width', '0px');
      set('height', '100vh');
      set('contain', 'layout');
      current = key;
      // Pages that lay out in script listen for resize; ResizeObserver users see the body change.
      notify();
    },
    release() {
      const body = doc.body;
      if (!saved || !body) return;
      for (const [property, [value, priority]] of saved) {
        if (value) body.style.setProperty(property, value, priority);
        else body.style.removeProperty(property);
      }
      saved = undefined;
      current = '';
      notify();
    },
  };
}
