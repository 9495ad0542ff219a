import type { FrameLocator, Locator, Page } from 'playwright-core';
import { sidebar, sidebarFrame, type ExtensionBrowser } from './chromium';
import { normalize, waitForText, waitUntil, type WaitOptions } from './wait';
import { parseMeetingUrl } from '../../lib/meeting/meeting-url';
import { joinCall } from './call-controls';

export const RATING_LABELS = ['Strong no', 'No', 'Yes', 'Strong yes'] as const;
export type RatingLabel = (typeof RATING_LABELS)[number];

/** The label of the checked radio of a rating group, or null when none is checked. */
export async function checkedChoice(group: Locator): Promise<RatingLabel | null> {
  const checked: RatingLabel[] = [];
  for (const label of RATING_LABELS) {
    if (await group.getByRole('radio', { name: label, exact: true }).isChecked({ timeout: 1_000 })) checked.push(label);
  }
  if (checked.length > 1) throw new Error(`More than one choice is checked: ${checked.join(', ')}`);
  return checked[0] ?? null;
}

/** The bundled kit, as the tests know it. */
export const KIT = {
  title: 'Backend Engineer',
  questionCount: 8,
  questions: ['What does REST stand for?', 'What do you understand by NoSQL databases?'],
} as const;

/** The parts of the in-page sidebar, found the way a person or a screen reader finds them. */
/**
 * Whether an element takes input: not inside the early screen, which React has not replaced yet
 * (lib/first-screen/early-screen.ts paints it inert). Playwright's isEditable does not look at inert.
 */
export const takesInput = (element: Locator): Promise<boolean> => element.evaluate((el) => !el.closest('[inert]'));

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
  get candidateName(): Locator {
    return this.frame.getByRole('textbox', { name: 'Candidate name' });
  }
  /** The current question's rating: four radios. */
  get rating(): Locator {
    return this.frame.getByRole('radiogroup', { name: 'Rating' });
  }
  get clearRating(): Locator {
    return this.frame.getByRole('button', { name: 'Clear rating' });
  }
  /** The red flag's checkbox (kit flags always; added ones while ticked). */
  redFlag(text: string): Locator {
    return this.redFlags.getByRole('checkbox', { name: text, exact: true });
  }
  get newRedFlag(): Locator {
    return this.frame.getByRole('textbox', { name: 'New red flag' });
  }
  get addRedFlag(): Locator {
    return this.frame.getByRole('button', { name: 'Add red flag' });
  }
  get wrapUp(): Locator {
    return this.frame.getByRole('button', { name: 'Wrap up', exact: true });
  }
  get wrapUpHeading(): Locator {
    return this.frame.getByRole('heading', { name: 'Wrap-up' });
  }
  get recommendation(): Locator {
    return this.frame.getByRole('radiogroup', { name: 'Recommendation' });
  }
  get summary(): Locator {
    return this.frame.getByRole('textbox', { name: 'Summary' });
  }
  get stillMissing(): Locator {
    return this.frame.getByRole('list', { name: 'Still missing' });
  }
  get timer(): Locator {
    return this.frame.getByRole('timer');
  }
  get pauseClock(): Locator {
    return this.frame.getByRole('button', { name: 'Pause clock' });
  }
  get resumeClock(): Locator {
    return this.frame.getByRole('button', { name: 'Resume clock' });
  }

  /**
   * Picks one of a rating group's four choices the way a person does: a click on its visible
   * label (the native radio inside is visually hidden).
   */
  async choose(group: Locator, label: RatingLabel): Promise<void> {
    // The label shows the choice and its key (e.g. "Yes 3").
    await group
      .locator('label')
      .filter({ hasText: new RegExp(`^\\s*${label}\\s*\\d?\\s*$`) })
      .click();
  }

  /** Waits until exactly `label` is checked in the group (null: none is). */
  async waitForChoice(group: Locator, label: RatingLabel | null, what: string, options?: WaitOptions): Promise<void> {
    const checked = () => checkedChoice(group);
    await waitUntil(`${what} to be ${label === null ? 'unrated' : JSON.stringify(label)}`, async () => (await checked()) === label, {
      ...options,
      describe: checked,
    });
  }

  /** Opens the wrap-up view from the header and waits for its heading. */
  async openWrapUp(): Promise<void> {
    await this.wrapUp.click();
    await this.wrapUpHeading.waitFor({ state: 'visible', timeout: 10_000 });
  }

  /** Seconds shown by the elapsed-time timer (mm:ss, or h:mm:ss past an hour). */
  async timerSeconds(): Promise<number> {
    const text = normalize((await this.timer.textContent({ timeout: 5_000 })) ?? '');
    const parts = /^(?:(\d+):)?(\d{2}):(\d{2})$/.exec(text);
    if (!parts) throw new Error(`The timer reads ${JSON.stringify(text)}, not mm:ss.`);
    return Number(parts[1] ?? 0) * 3600 + Number(parts[2]) * 60 + Number(parts[3]);
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
    await waitUntil(
      `the notes box of question ${n} to be editable`,
      async () => (await box.isEditable({ timeout: 1_000 })) && takesInput(box),
    );
    return box;
  }
}

/** Opens `url` in a new tab and waits for the sidebar to show an interview (its question heading). */
export async function openSidebar(browser: ExtensionBrowser, url: string): Promise<SidebarView> {
  return sidebarShown(await browser.open(url), url);
}

/** Reloads the tab (as the user's F5 does) and waits for the sidebar to show the interview again. */
export async function reloadSidebar(view: SidebarView): Promise<SidebarView> {
  const response = await view.page.reload({ waitUntil: 'load' });
  if (!response?.ok()) throw new Error(`Reloading ${view.page.url()} failed: HTTP ${response?.status()}`);
  return sidebarShown(view.page, view.page.url());
}

async function sidebarShown(page: Page, url: string): Promise<SidebarView> {
  await sidebarFrame(page);
  // Meet opens on its green room (same URL as the call); the tests work in the call.
  if (parseMeetingUrl(url)?.platform === 'meet') await joinCall(page, 'meet');
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
