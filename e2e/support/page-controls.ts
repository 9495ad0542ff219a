import type { CDPSession, Page } from 'playwright-core';
import type { Box } from './call-controls';
import { waitUntil } from './wait';

/** The content script's host element; its controls live in a closed shadow root. */
export const CONTROLS_HOST = 'interview-sidebar-controls';

interface DomNode {
  backendNodeId: number;
  nodeName: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

const attributesOf = (node: DomNode) => {
  const list = node.attributes ?? [];
  return Object.fromEntries(list.flatMap((v, i) => (i % 2 === 0 ? [[v, list[i + 1]!]] : [])));
};

function* walk(node: DomNode): Generator<DomNode> {
  yield node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) yield* walk(child);
}

/**
 * One of the content script's controls on the page ("Show sidebar", the resize separator), as a
 * user reaches it: its root is closed, so the page's script (and Playwright's locators) cannot.
 * Found through the DevTools protocol, which sees closed roots (`DOM.getDocument` with `pierce`),
 * and used with real input: a mouse click at its centre, after checking that the page's topmost
 * element there is the controls' host (the page sees the host, never what is inside it).
 */
export class PageControl {
  private cdp: Promise<CDPSession> | undefined;

  constructor(
    readonly page: Page,
    readonly name: string,
    private readonly matches: (node: DomNode) => boolean,
  ) {}

  private session(): Promise<CDPSession> {
    return (this.cdp ??= this.page.context().newCDPSession(this.page));
  }

  private async node(): Promise<DomNode | undefined> {
    const cdp = await this.session();
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    // Only the top document's host: not inside the call's own frames.
    const html = root.children?.find((n) => n.nodeName === 'HTML');
    const host = html?.children?.find((n) => n.nodeName === CONTROLS_HOST.toUpperCase());
    for (const shadow of host?.shadowRoots ?? []) for (const node of walk(shadow)) if (this.matches(node)) return node;
    return undefined;
  }

  /** Its box in the viewport, or null while it is not displayed (`_options`: as a Locator's, unused). */
  async boundingBox(_options?: { timeout?: number }): Promise<Box | null> {
    const node = await this.node();
    if (!node) return null;
    try {
      const cdp = await this.session();
      const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: node.backendNodeId });
      const [x1, y1, , , x3, y3] = model.border;
      const box = { x: x1!, y: y1!, width: x3! - x1!, height: y3! - y1! };
      return box.width > 0 && box.height > 0 ? box : null;
    } catch {
      // "Could not compute box model": not displayed.
      return null;
    }
  }

  async isVisible(): Promise<boolean> {
    return (await this.boundingBox()) !== null;
  }

  async waitFor({ state = 'visible', timeout = 5_000 }: { state?: 'visible' | 'hidden'; timeout?: number } = {}): Promise<void> {
    await waitUntil(`${this.name} to be ${state}`, async () => (await this.isVisible()) === (state === 'visible'), { timeout });
  }

  async getAttribute(name: string): Promise<string | null> {
    const node = await this.node();
    return node ? (attributesOf(node)[name] ?? null) : null;
  }

  /** A real click at its centre, once the page's topmost element there is the controls' host. */
  async click(): Promise<void> {
    const box = await waitUntil(`${this.name} to have a box`, () => this.boundingBox());
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    await waitUntil(`the controls' host to be topmost at the centre of ${this.name}`, () =>
      this.page.evaluate(([x, y, host]) => document.elementFromPoint(x, y)?.localName === host, [x, y, CONTROLS_HOST] as const),
    );
    await this.page.mouse.click(x, y);
  }

  /**
   * Runs `functionDeclaration` with `this` bound to the control, in the page's world, as a page
   * script would if it could reach inside the closed root: a test of what such a script could do.
   */
  async callOnNode(functionDeclaration: string): Promise<void> {
    const node = await waitUntil(`${this.name} in the page`, () => this.node());
    const cdp = await this.session();
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: node.backendNodeId });
    await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId!, functionDeclaration, awaitPromise: true });
  }

  /** Keyboard focus, as Tab would give it. */
  async focus(): Promise<void> {
    const node = await waitUntil(`${this.name} in the page`, () => this.node());
    await (await this.session()).send('DOM.focus', { backendNodeId: node.backendNodeId });
  }
}

export const showSidebarControl = (page: Page) => new PageControl(page, 'the Show sidebar handle', (n) => n.nodeName === 'BUTTON');
export const resizeSeparatorControl = (page: Page) =>
  new PageControl(
    page,
    'the resize separator',
    (n) => attributesOf(n).role === 'separator' && attributesOf(n)['aria-label'] === 'Resize sidebar',
  );
