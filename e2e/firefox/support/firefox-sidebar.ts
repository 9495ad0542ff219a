import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import { SIDEBAR_FRAME_SELECTOR } from '../../support/chromium';
import { KIT } from '../../support/sidebar';
import { normalize, waitUntil } from '../../support/wait';
import { EXTENSION_ORIGIN } from './firefox';

/** An element by its ARIA role and accessible name (puppeteer's aria query), as a person finds it. */
export const byRole = (role: string, name: string) => `::-p-aria([name="${name}"][role="${role}"])`;

/** How many sidebar iframes the page has right now. */
export const sidebarCount = (page: Page) => page.$$eval(SIDEBAR_FRAME_SELECTOR, (frames) => frames.length);

/**
 * The in-page sidebar in Firefox. Puppeteer (BiDi) names a moz-extension:// frame `about:blank`,
 * so the frame is found through its iframe element and its origin is read from inside.
 */
export class FirefoxSidebar {
  private constructor(
    readonly page: Page,
    readonly frame: Frame,
  ) {}

  /** Waits for the page's sidebar frame to load the extension's sidebar and show a question. */
  static async of(page: Page, timeout = 10_000): Promise<FirefoxSidebar> {
    const element = await page.waitForSelector(SIDEBAR_FRAME_SELECTOR, { timeout }).catch((error: Error) => {
      throw new Error(`No sidebar iframe appeared on ${page.url()} within ${timeout} ms. ${error.message}`);
    });
    const frame = await waitUntil(
      `the sidebar frame on ${page.url()} to load ${EXTENSION_ORIGIN}/sidebar.html`,
      async () => {
        const content = await element!.contentFrame();
        const href = await content?.evaluate(() => location.href);
        return href?.startsWith(`${EXTENSION_ORIGIN}/sidebar.html`) ? content : undefined;
      },
      { timeout },
    );
    const sidebar = new FirefoxSidebar(page, frame);
    await waitUntil('the sidebar to show a question', () => sidebar.position(), { timeout, describe: () => sidebar.text() });
    return sidebar;
  }

  text(): Promise<string> {
    return this.frame.evaluate(() => document.body.innerText);
  }
  /** "Question n of total", or undefined while none is shown. */
  async position(): Promise<string | undefined> {
    return /Question \d+ of \d+/.exec(await this.text())?.[0];
  }
  async heading(): Promise<string> {
    return normalize((await this.frame.$eval('h1', (h) => h.textContent)) ?? '');
  }
  find(role: string, name: string): Promise<ElementHandle<Element>> {
    return this.frame.waitForSelector(byRole(role, name), { timeout: 10_000 }) as Promise<ElementHandle<Element>>;
  }
  async click(role: string, name: string): Promise<void> {
    await (await this.find(role, name)).click();
  }

  /** Waits until question `n` of the kit is shown, with its text when given. */
  async waitForQuestion(n: number, text?: string): Promise<void> {
    const state = async () => ({ position: await this.position(), heading: await this.heading() });
    await waitUntil(
      `question ${n}${text ? ` (${text})` : ''}`,
      async () => {
        const now = await state();
        return now.position === `Question ${n} of ${KIT.questionCount}` && (text === undefined || now.heading === text);
      },
      { describe: state },
    );
  }

  /** The notes box of question `n`, once it can be typed in (it is disabled while its note loads). */
  async notes(n: number): Promise<ElementHandle<HTMLTextAreaElement>> {
    const box = (await this.find('textbox', `Notes for question ${n}`)) as ElementHandle<HTMLTextAreaElement>;
    await waitUntil(`the notes box of question ${n} to be editable`, () => box.evaluate((b) => !b.disabled && !b.readOnly));
    return box;
  }
  notesValue(n: number): Promise<string> {
    return this.find('textbox', `Notes for question ${n}`).then((box) => box.evaluate((b) => (b as HTMLTextAreaElement).value));
  }
}

/** Opens `url` with `open` and waits for its sidebar. */
export async function openSidebar(open: (url: string) => Promise<Page>, url: string): Promise<FirefoxSidebar> {
  return FirefoxSidebar.of(await open(url));
}
