import type { FrameLocator, Locator, Page } from 'playwright-core';
import { sidebar, sidebarFrame, type ExtensionBrowser } from './chromium';
import { normalize, waitForText, waitUntil } from './wait';

/** The bundled kit, as the tests know it. */
export const KIT = {
  title: 'Backend Engineer',
  questionCount: 8,
  questions: ['What does REST stand for?', 'What do you understand by NoSQL databases?'],
} as const;

/** The parts of the in-page sidebar, found the way a person or a screen reader finds them. */
export class SidebarView {
  constructor(
    readonly page: Page,
    readonly frame: FrameLocator = sidebar(page),
  ) {}

  get heading(): Locator {
    return this.frame.getByRole('heading', { level: 1 });
  }
  get position(): Locator {
    return this.frame.getByText(/^\s*Question \d+ of \d+\s*$/);
  }
  get sampleAnswer(): Locator {
    return this.frame.getByRole('region', { name: 'Sample answer' });
  }
  get redFlags(): Locator {
    return this.frame.getByRole('list', { name: 'Red flags' });
  }
  get previous(): Locator {
    return this.frame.getByRole('button', { name: 'Previous question' });
  }
  get next(): Locator {
    return this.frame.getByRole('button', { name: 'Next question' });
  }
  notes(questionNumber: number): Locator {
    return this.frame.getByRole('textbox', { name: `Notes for question ${questionNumber}` });
  }

  /** Waits until the sidebar shows question `n` ("Question n of total"), optionally with its text. */
  async waitForQuestion(n: number, text?: string, timeout = 10_000): Promise<void> {
    await waitForText(this.position, `Question ${n} of ${KIT.questionCount}`, 'the question position', { timeout });
    if (text !== undefined) await waitForText(this.heading, text, 'the question heading', { timeout });
  }

  async headingText(): Promise<string> {
    return normalize((await this.heading.textContent({ timeout: 5_000 })) ?? '');
  }

  /** The notes box of question `n`, once it is ready to type in (it is disabled while its note loads). */
  async notesReady(n: number): Promise<Locator> {
    const box = this.notes(n);
    await box.waitFor({ state: 'visible', timeout: 10_000 });
    await waitUntil(`the notes box of question ${n} to be editable`, () => box.isEditable({ timeout: 1_000 }));
    return box;
  }
}

/** Opens `url` in a new tab and waits for the sidebar to show an interview (its question heading). */
export async function openSidebar(browser: ExtensionBrowser, url: string): Promise<SidebarView> {
  const page = await browser.open(url);
  await sidebarFrame(page);
  const view = new SidebarView(page);
  await view.heading.waitFor({ state: 'visible', timeout: 10_000 }).catch(async (error: Error) => {
    const shown = await view.frame
      .locator('body')
      .textContent({ timeout: 1_000 })
      .catch(() => '(unreadable)');
    throw new Error(`The sidebar on ${url} did not show a question. It shows: ${JSON.stringify(shown)}\n${error.message}`);
  });
  return view;
}
