// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  REGISTER_FRAME,
  type DockMessage,
  type DockPlacement,
  type DockStart,
  type FrameHandshake,
  type PageEvent,
} from '../dock/dock-protocol';
import { DEFAULT_LAYOUT } from '../settings/sidebar-layout';
import { insertDock, type PuppetDock } from './puppet-dock';

const START: DockStart = { platform: 'meet', layout: DEFAULT_LAYOUT, callStart: 'open' };
const SHOWN: DockPlacement = {
  frame: { display: 'block', width: '360px' },
  body: { 'margin-right': '360px', width: 'auto' },
  show: null,
  separator: { right: '356px' },
  width: 360,
  css: 'button { color: red }',
};
/** Resolves after the promise callbacks already queued have run (a task runs after all microtasks). */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));
const HIDDEN: DockPlacement = { frame: { display: 'none' }, body: null, show: { bottom: '96px' }, separator: null, width: 360, css: '' };

const inserted: PuppetDock[] = [];

/** Inserts a dock on this jsdom page, with the background, the frame's window and the closed root in view. */
function insert(start: DockStart | null | Promise<DockStart> = START) {
  const registered: unknown[] = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    registered.push(message);
    return Promise.resolve(true);
  });
  const attachShadow = HTMLElement.prototype.attachShadow;
  let root: ShadowRoot | undefined;
  vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementationOnce(function (this: HTMLElement, init) {
    return (root = attachShadow.call(this, init));
  });
  const dock = insertDock(document, Promise.resolve(start ?? undefined));
  inserted.push(dock);
  const frame = document.querySelector('iframe')!;
  const handshakes: { message: FrameHandshake; origin: string; port: MessagePort }[] = [];
  vi.spyOn(frame.contentWindow!, 'postMessage').mockImplementation(((message: FrameHandshake, origin: string, transfer: MessagePort[]) => {
    handshakes.push({ message, origin, port: transfer[0]! });
  }) as Window['postMessage']);
  /** The frame's side of the latest port: what the content script told it, and a way to place. */
  const connect = async () => {
    const count = handshakes.length + 1;
    frame.dispatchEvent(new Event('load'));
    await vi.waitFor(() => expect(handshakes).toHaveLength(count));
    const { port } = handshakes.at(-1)!;
    const heard: PageEvent[] = [];
    const docks: DockMessage[] = [];
    port.onmessage = ({ data }: MessageEvent<PageEvent | DockMessage>) => ('dock' in data ? docks.push(data) : heard.push(data));
    const place = async (placement: DockPlacement) => {
      port.postMessage(placement);
      await vi.waitFor(() => expect(frame.style.getPropertyValue('display')).toBe(placement.frame.display));
    };
    return { heard, docks, place, port };
  };
  return { dock, frame, root: root!, registered, handshakes, connect };
}

beforeEach(() => {
  fakeBrowser.reset();
  document.body.removeAttribute('style');
});
afterEach(() => {
  vi.restoreAllMocks();
  inserted.splice(0).forEach((dock) => dock.remove());
});

describe('the content script as a puppet of its frame', () => {
  it('inserts the extension frame hidden, with the page controls in a closed root, and registers a fresh secret for it', async () => {
    const { frame, root, registered } = insert();
    expect(frame.title).toBe('Interview sidebar');
    expect(frame.getAttribute('allow')).toBe('clipboard-write');
    expect(frame.src).toBe(fakeBrowser.runtime.getURL('/sidebar.html'));
    expect(frame.style.getPropertyValue('display')).toBe('none');
    expect(frame.style.getPropertyPriority('display')).toBe('important');
    expect(document.querySelector('interview-sidebar-controls')!.shadowRoot).toBeNull();
    const [show, separator] = root.querySelectorAll<HTMLElement>('button, [role="separator"]');
    expect(show).toHaveTextContent('Show sidebar');
    expect([show!.hidden, separator!.hidden]).toEqual([true, true]);
    expect(
      Object.fromEntries(
        ['role', 'aria-orientation', 'aria-label', 'aria-valuemin', 'aria-valuemax'].map((name) => [name, separator!.getAttribute(name)]),
      ),
    ).toEqual({
      role: 'separator',
      'aria-orientation': 'vertical',
      'aria-label': 'Resize sidebar',
      'aria-valuemin': '280',
      'aria-valuemax': '720',
    });
    expect(separator!.tabIndex).toBe(0);

    insert();
    await vi.waitFor(() => expect(registered).toHaveLength(2));
    const secrets = registered.map((message) => (message as Record<string, string>)[REGISTER_FRAME]);
    expect(secrets[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(secrets[1]).not.toBe(secrets[0]);
  });

  it("hands the loaded frame its secret, the page's URL and geometry and a port, to the extension origin only, then on that port where to go", async () => {
    let named!: (start: DockStart) => void;
    const { frame, handshakes, registered } = insert(new Promise<DockStart>((resolve) => (named = resolve)));
    frame.dispatchEvent(new Event('load'));
    // The secret goes before the background has named the call (the frame's first request waits
    // for its registration there, lib/background/frame-secrets.ts).
    await vi.waitFor(() => expect(handshakes).toHaveLength(1));
    const { message, origin, port } = handshakes[0]!;
    expect(origin).toBe(fakeBrowser.runtime.getURL('/sidebar.html'));
    await vi.waitFor(() => expect(registered).toHaveLength(1));
    expect(message).toEqual({
      secret: (registered[0] as Record<string, string>)[REGISTER_FRAME]!,
      href: location.href,
      viewport: 1024,
      panels: { left: 0, right: 0 },
    } satisfies FrameHandshake);
    expect(port).toBeInstanceOf(MessagePort);
    const docks: unknown[] = [];
    port.onmessage = ({ data }) => docks.push(data);
    await settled();
    expect(docks, 'no dock before the background named the call').toEqual([]);
    named(START);
    await vi.waitFor(() => expect(docks).toEqual([{ dock: START, viewport: 1024, panels: { left: 0, right: 0 } } satisfies DockMessage]));
  });

  it('hands a frame no dock when the tab has no call', async () => {
    const { handshakes, connect } = insert(null);
    const { docks, heard } = await connect();
    await settled();
    expect(handshakes).toHaveLength(1);
    expect([docks, heard]).toEqual([[], []]);
  });

  it("applies the frame's placements: its styles, the page squeeze it puts back exactly, the controls", async () => {
    document.body.style.setProperty('margin-right', '8px');
    const { frame, root, connect } = insert();
    const resized = vi.fn();
    window.addEventListener('resize', resized);
    const { place } = await connect();

    await place(SHOWN);
    expect(frame.style.getPropertyValue('width')).toBe('360px');
    expect(document.body.style.getPropertyValue('margin-right')).toBe('360px');
    expect(document.body.style.getPropertyPriority('margin-right')).toBe('important');
    const [style, show, separator] = root.children as unknown as HTMLElement[];
    expect(style!.textContent).toBe('button { color: red }');
    expect(show!.hidden).toBe(true);
    expect(separator!.hidden).toBe(false);
    expect(separator!.style.getPropertyValue('right')).toBe('356px');
    expect(separator!.getAttribute('aria-valuenow')).toBe('360');
    expect(resized).toHaveBeenCalledTimes(1);

    await place(HIDDEN);
    expect(document.body.getAttribute('style')).toBe('margin-right: 8px;');
    expect(show!.hidden).toBe(false);

    // Every property the squeeze may set is put back as the page had it, its priority too.
    const pageStyle = 'margin-left: 1px; margin-right: 2px !important; width: 90%; min-width: 3px; height: 50%; contain: paint;';
    document.body.setAttribute('style', pageStyle);
    const everyProperty = {
      'margin-left': '9px',
      'margin-right': '360px',
      width: 'auto',
      'min-width': '0px',
      height: '100vh',
      contain: 'layout',
    };
    await place({ ...SHOWN, body: everyProperty });
    expect(document.body.style.getPropertyValue('contain')).toBe('layout');
    await place(HIDDEN);
    expect(document.body.getAttribute('style')).toBe(pageStyle);
    expect(show!.hidden).toBe(false);
    expect(show!.style.getPropertyValue('bottom')).toBe('96px');
    expect(separator!.hidden).toBe(true);
    expect(resized).toHaveBeenCalledTimes(4); // once per change of the squeeze
    window.removeEventListener('resize', resized);
  });

  it('takes no page-made input: a scripted click, key or drag on the controls sends the frame nothing', async () => {
    const { frame, root, connect } = insert();
    const { heard, place } = await connect();
    await place(HIDDEN);
    const [, show, separator] = root.children as unknown as HTMLElement[];

    show!.click();
    separator!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    separator!.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    window.dispatchEvent(new Event('resize')); // a signal that does reach the frame, to wait on
    await vi.waitFor(() => expect(heard).toHaveLength(1));
    expect(heard).toEqual([{ viewport: 1024, panels: { left: 0, right: 0 } }]);
    expect(frame.style.getPropertyValue('pointer-events')).toBe('');
  });

  it('shows the sidebar when asked and resolves once a placement shows it, its frame focused', async () => {
    const { dock, frame, connect } = insert();
    const { heard, place } = await connect();
    await place(HIDDEN);
    const focus = vi.spyOn(frame, 'focus');
    let shown = false;
    const showing = dock.show().then(() => (shown = true));
    await vi.waitFor(() => expect(heard).toEqual([{ show: true, viewport: 1024, panels: { left: 0, right: 0 } }]));
    expect(shown).toBe(false);
    await place(SHOWN);
    await showing;
    expect(focus).toHaveBeenCalledTimes(1);

    await dock.show(); // already shown: at once, nothing asked of the frame
    expect(heard.filter((event) => event.show)).toHaveLength(1);
    expect(focus).toHaveBeenCalledTimes(2);
  });

  it('gives the first showing no focus: the call keeps it', async () => {
    const { frame, connect } = insert();
    const { place } = await connect();
    const focus = vi.spyOn(frame, 'focus');
    await place(SHOWN);
    expect(focus).not.toHaveBeenCalled();
  });

  it('gives a reloaded frame a new port, and hears it on that one only', async () => {
    const { handshakes, connect } = insert();
    const first = await connect();
    const second = await connect();
    expect(handshakes).toHaveLength(2);
    expect(second.port).not.toBe(first.port);
    await vi.waitFor(() => expect(second.docks.map((m) => m.dock)).toEqual([START]));
    window.dispatchEvent(new Event('resize'));
    await vi.waitFor(() => expect(second.heard).toHaveLength(1));
    expect(first.heard).toEqual([]);
  });

  it('removes the frame and the controls, gives the page back its body and stops telling the frame', async () => {
    document.body.style.setProperty('width', '100%');
    const { dock, frame, connect } = insert();
    const { place } = await connect();
    await place(SHOWN);
    dock.remove();
    const posted = vi.spyOn(MessagePort.prototype, 'postMessage');
    expect(frame.isConnected).toBe(false);
    expect(document.querySelector('interview-sidebar-controls')).toBeNull();
    expect(document.body.getAttribute('style')).toBe('width: 100%;');
    window.dispatchEvent(new Event('resize'));
    expect(posted).not.toHaveBeenCalled();
  });
});
