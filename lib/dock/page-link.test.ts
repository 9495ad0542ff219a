import { describe, expect, it, vi } from 'vitest';
import type { DockMessage, DockPlacement, FrameHandshake, PageEvent } from './dock-protocol';
import { DEFAULT_LAYOUT } from '../settings/sidebar-layout';
import { linkToPage } from './page-link';

const HANDSHAKE: FrameHandshake = {
  secret: 'a'.repeat(36),
  href: 'https://meet.google.com/abc-defg-hij',
  viewport: 1280,
  panels: { left: 0, right: 0 },
};
const DOCK: DockMessage = {
  viewport: 1280,
  panels: { left: 0, right: 0 },
  dock: { platform: 'meet', layout: DEFAULT_LAYOUT, callStart: 'open' },
};

/** A frame's window whose parent is `parent`, with the message listeners the link adds. */
function frameWindow() {
  const parent = {};
  const listeners = new Set<(event: MessageEvent) => void>();
  const win = {
    parent,
    addEventListener: (_type: string, listener: (event: MessageEvent) => void) => void listeners.add(listener),
    removeEventListener: (_type: string, listener: (event: MessageEvent) => void) => void listeners.delete(listener),
  };
  const post = (source: unknown, data: unknown, ports: MessagePort[] = []) => {
    for (const listener of [...listeners]) listener({ source, data, ports } as unknown as MessageEvent);
  };
  return { win: win as unknown as Window, parent, post, listening: () => listeners.size };
}

const nextMessage = (port: MessagePort) => new Promise<unknown>((resolve) => (port.onmessage = ({ data }) => resolve(data)));

describe("the sidebar frame's link to its content script", () => {
  it('takes the secret and the port of the first message from its parent, then hears only that port: the dock, then page events', async () => {
    const { win, parent, post, listening } = frameWindow();
    const link = linkToPage(win, 60_000);
    const heard: PageEvent[] = [];
    link.onPageEvent((event) => heard.push(event));
    const channel = new MessageChannel();

    post({}, HANDSHAKE, [new MessageChannel().port2]); // not from the parent
    post(parent, { key: 'x' }, [new MessageChannel().port2]); // not a handshake
    post(parent, null, [new MessageChannel().port2]); // not an object
    post(parent, 'secret', [new MessageChannel().port2]);
    post(parent, { ...HANDSHAKE, secret: 7 }, [new MessageChannel().port2]);
    post(parent, { ...HANDSHAKE, href: undefined }, [new MessageChannel().port2]);
    post(parent, { ...HANDSHAKE, viewport: '1280' }, [new MessageChannel().port2]);
    post(parent, HANDSHAKE); // no port
    post(parent, HANDSHAKE, [channel.port2]);
    expect(await link.first).toEqual(HANDSHAKE);
    expect(listening()).toBe(0);

    // The dock, then page events come on the port; placements go back on it.
    channel.port1.postMessage(DOCK);
    expect(await link.dock).toEqual(DOCK);
    const show: PageEvent = { show: true, viewport: 1000, panels: { left: 0, right: 300 } };
    channel.port1.postMessage(show);
    await vi.waitFor(() => expect(heard).toEqual([show]));
    const placement = { frame: { display: 'block' }, body: null, show: null, separator: {}, width: 360, css: '' } satisfies DockPlacement;
    const received = nextMessage(channel.port1);
    link.place(placement);
    expect(await received).toEqual(placement);
    channel.port1.close();
  });

  it("keeps the page's last event that came before anyone listened, for the first listener", async () => {
    const { win, parent, post } = frameWindow();
    const link = linkToPage(win, 60_000);
    const channel = new MessageChannel();
    post(parent, HANDSHAKE, [channel.port2]);
    await link.first;
    const wider: PageEvent = { viewport: 1400, panels: { left: 0, right: 0 } };
    const narrower: PageEvent = { viewport: 900, panels: { left: 0, right: 0 } };
    channel.port1.postMessage(wider);
    channel.port1.postMessage(narrower);
    await new Promise((resolve) => setTimeout(resolve, 10));
    const first: PageEvent[] = [];
    const second: PageEvent[] = [];
    link.onPageEvent((event) => first.push(event));
    link.onPageEvent((event) => second.push(event));
    expect([first, second]).toEqual([[narrower], []]);
    channel.port1.postMessage(wider);
    await vi.waitFor(() => expect([first, second]).toEqual([[narrower, wider], [wider]]));
    channel.port1.close();
  });

  it('boots without a secret when it is not in a page, or when nothing comes in time', async () => {
    const alone = { parent: undefined as unknown, addEventListener: vi.fn() };
    alone.parent = alone;
    expect(await linkToPage(alone as unknown as Window).first).toBeNull();
    expect(alone.addEventListener).not.toHaveBeenCalled();

    vi.useFakeTimers();
    try {
      const first = linkToPage(frameWindow().win, 3_000).first;
      await vi.advanceTimersByTimeAsync(3_000);
      expect(await first).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
