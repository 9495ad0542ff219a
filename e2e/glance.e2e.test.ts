/// <reference types="node" />
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { SIDEBAR_FRAME_SELECTOR, sidebarFrame } from './support/chromium';
import { expectCallControlsUsable } from './support/call-controls';
import { DEFAULT_LAYOUT, Dock, resetLayout, storeLayout } from './support/dock';
import { sight, type Sight } from './support/glance';
import { KIT, openSidebar, SidebarView } from './support/sidebar';
import { setupStorage } from './support/suite-storage';
import { ARTIFACTS_DIR, meetCode, meetUrl, README_SHOTS_DIR, setupSuite } from './support/suite';
import { waitUntil } from './support/wait';

// The sidebar judged by sight, as an interviewer glancing mid-call sees it: geometry, not presence.
const suite = setupSuite();
const storage = setupStorage(suite, async (storage) => {
  await storage.remove('appearance');
  await resetLayout(storage, 'meet');
});

const SCREENS_DIR = join(ARTIFACTS_DIR, 'screens');
const VIEWPORTS = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

async function expectSeen(view: SidebarView, what: string, seen: Promise<Sight>): Promise<Sight> {
  const s = await seen;
  expect(s.inView, `${what} is inside the sidebar's viewport: ${JSON.stringify(s.box)} in ${JSON.stringify(s.viewport)}`).toBe(true);
  expect(s.uncovered, `${what} is not covered; the topmost element there is ${s.topmost}`).toBe(true);
  return s;
}

/** Everything a glance needs, in sight without scrolling. */
async function expectGlance(view: SidebarView, where: string): Promise<void> {
  await expectSeen(view, `${where}: the question heading`, sight(view.heading));
  await expectSeen(view, `${where}: the sample answer's first line`, sight(view.sampleAnswer.locator('p').first()));
  await expectSeen(view, `${where}: the rating`, sight(view.rating));
  await expectSeen(view, `${where}: the notes box`, sight(view.frame.locator('#notes-box')));
  await expectSeen(view, `${where}: Next`, sight(view.next));
  await expectSeen(view, `${where}: Previous`, sight(view.previous));
  await expectSeen(view, `${where}: the first red flag`, sight(view.redFlags.getByRole('listitem').first()));
  await expectSeen(view, `${where}: Wrap up`, sight(view.wrapUp));
  await expectSeen(view, `${where}: the clock`, sight(view.timer));
}

async function openAt(viewport: { width: number; height: number }, scheme: 'light' | 'dark'): Promise<SidebarView> {
  const view = await openSidebar(suite.browser, meetUrl(meetCode()));
  await view.page.emulateMedia({ colorScheme: scheme });
  await view.page.setViewportSize(viewport);
  // Beside the call by default: the frame takes the full height of the right edge.
  await waitUntil(
    'the frame to fill the height of the window',
    async () => (await new Dock(view.page).frameBox())?.height === viewport.height,
  );
  return view;
}

const shooter = (page: Page, prefix: string) => async (name: string) => {
  mkdirSync(SCREENS_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENS_DIR, `${prefix}-${name}.png`) });
};

/** The tiles of the call and the sidebar frame never overlap: the call made room. */
async function expectNoTileUnderSidebar(page: Page, where: string): Promise<void> {
  const boxes = await page.evaluate((selector) => {
    const frame = document.querySelector(selector)!.getBoundingClientRect();
    return {
      frame: { left: frame.left, right: frame.right },
      tiles: [...document.querySelectorAll('.tile, .side-panel:not([hidden])')].map((t) => t.getBoundingClientRect().right),
    };
  }, SIDEBAR_FRAME_SELECTOR);
  for (const right of boxes.tiles)
    expect(right, `${where}: a tile or panel ends at ${right}, under the sidebar at ${boxes.frame.left}`).toBeLessThanOrEqual(
      boxes.frame.left + 0.5,
    );
}

describe('a whole mock interview, looked at', () => {
  for (const viewport of VIEWPORTS) {
    for (const scheme of ['light', 'dark'] as const) {
      test(
        `at ${viewport.width}×${viewport.height}, ${scheme}: the question, its answer, rating, notes, Next and red flags stay in sight`,
        { timeout: 120_000 },
        async () => {
          const view = await openAt(viewport, scheme);
          const shot = shooter(view.page, `${viewport.width}x${viewport.height}-${scheme}`);
          const where = `${viewport.width}×${viewport.height} ${scheme}`;
          await expectGlance(view, `${where}, question 1`);
          await expectNoTileUnderSidebar(view.page, where);
          await shot('01-question-1');
          if (viewport.width === 1920 && scheme === 'light') {
            mkdirSync(README_SHOTS_DIR, { recursive: true });
            await view.page.screenshot({ path: join(README_SHOTS_DIR, 'sidebar-1920.png') });
          }

          await view.candidateName.fill('Jordan Lee');
          await view.candidateName.press('Enter');
          await view.frame.getByRole('button', { name: 'Edit candidate name' }).waitFor();
          for (let n = 1; n <= KIT.questionCount; n++) {
            await view.waitForQuestion(n);
            const notes = await view.notesReady(n);
            await notes.fill(`Answer ${n}: explained the trade-offs with an example.`);
            await view.choose(view.rating, n % 2 ? 'Yes' : 'Strong yes');
            if (n === 2) {
              // Scroll down as a person does to tick a red flag; the next question must still open at its top.
              await view.frame.locator('.sidebar-body').evaluate((body) => body.scrollTo({ top: body.scrollHeight }));
              const flag = view.redFlags.getByRole('listitem').first().getByRole('checkbox');
              await flag.click();
              await waitUntil('the red flag to be ticked', () => flag.isChecked());
              await shot('02-question-2-scrolled-flag-ticked');
            }
            if (n === 1) await shot('01b-question-1-noted');
            if (n < KIT.questionCount) {
              await view.next.click();
              await view.waitForQuestion(n + 1);
              await expectSeen(view, `${where}: question ${n + 1}'s heading after Next`, sight(view.heading));
            }
          }
          await expectGlance(view, `${where}, the last question`);
          await shot('03-last-question');

          await view.openWrapUp();
          await view.wrapUpHeading.click();
          await view.page.keyboard.press('3');
          await view.waitForChoice(view.recommendation, 'Yes', 'the recommendation set by key 3');
          await view.summary.fill('Strong on fundamentals; vague on caching.');
          await view.frame.getByRole('button', { name: 'End interview' }).click();
          await view.frame.getByText(/Interview ended at/).waitFor();
          await shot('04-wrap-up');
          await expectSeen(view, `${where}: Copy Markdown`, sight(view.frame.getByRole('button', { name: 'Copy Markdown' })));

          await new Dock(view.page).openSettings();
          await shot('05-keys-and-settings');
          await view.frame.getByRole('button', { name: 'Back to questions' }).click();

          await new Dock(view.page).compactView.click();
          await view.frame.locator('.sidebar.compact').waitFor();
          await view.heading.click();
          await view.page.keyboard.press('4');
          await view.waitForChoice(view.rating, 'Strong yes', 'the rating set by key 4 in compact view');
          await expectSeen(view, `${where}: the rating in compact view`, sight(view.rating));
          await shot('06-compact');
          await new Dock(view.page).compactView.click();

          await new Dock(view.page).hideSidebar.click();
          await new Dock(view.page).showSidebar.waitFor();
          await shot('07-hidden');
        },
      );
    }
  }
});

describe('beside the call', () => {
  test("with Meet's chat panel open, the panel and the tiles sit left of the sidebar and its message box takes a real click", async () => {
    const view = await openAt(VIEWPORTS[0], 'light');
    await view.page.getByRole('button', { name: 'Chat with everyone' }).click();
    const input = view.page.getByRole('textbox', { name: 'Send a message' });
    await input.waitFor();
    await expectNoTileUnderSidebar(view.page, 'chat open');
    await input.click({ timeout: 5_000 });
    expect(await input.evaluate((el) => document.activeElement === el)).toBe(true);
    await input.pressSequentially('hello');
    expect(await input.inputValue()).toBe('hello');
    await expectCallControlsUsable(view.page, 'meet', 'beside the call, chat open');
  });

  test("over the call (the other mode), the floating sidebar moves aside for Meet's chat panel, whose message box takes a real click", async () => {
    const view = await openAt(VIEWPORTS[0], 'light');
    await storeLayout(storage, 'meet', { ...DEFAULT_LAYOUT, mode: 'overlay' });
    const dock = new Dock(view.page);
    await dock.waitForLayout({ ...DEFAULT_LAYOUT, mode: 'overlay' }, 'the floating sidebar');
    await view.page.getByRole('button', { name: 'Chat with everyone' }).click();
    const panel = view.page.getByRole('complementary', { name: 'In-call messages' });
    await panel.waitFor();
    const panelLeft = (await panel.boundingBox())!.x;
    await waitUntil(
      'the sidebar to float left of the chat panel',
      async () => {
        const frame = await dock.frameBox();
        return frame !== null && frame.x + frame.width <= panelLeft;
      },
      { describe: () => dock.frameBox() },
    );
    const input = view.page.getByRole('textbox', { name: 'Send a message' });
    await input.click({ timeout: 5_000 });
    await input.pressSequentially('hi');
    expect(await input.inputValue()).toBe('hi');
  });

  test('hiding the sidebar gives the call its whole width back, with nothing left on the page', async () => {
    const view = await openAt(VIEWPORTS[0], 'light');
    const stageRight = () => view.page.locator('.stage').evaluate((s) => s.getBoundingClientRect().right);
    expect(await stageRight()).toBeLessThan(1280 - 300);
    await new Dock(view.page).hideSidebar.click();
    await waitUntil('the stage to take the whole width', async () => (await stageRight()) > 1250);
    expect(await view.page.evaluate(() => document.body.getAttribute('style'))).toBeFalsy();
  });
});

describe('what a glance needs', () => {
  test('after scrolling down and pressing Next, the new question opens at its top, heading in view and focused', async () => {
    const view = await openAt(VIEWPORTS[0], 'light');
    const body = view.frame.locator('.sidebar-body');
    await body.evaluate((b) => b.scrollTo({ top: b.scrollHeight }));
    expect(await body.evaluate((b) => b.scrollTop)).toBeGreaterThan(50);
    await view.next.click();
    await view.waitForQuestion(2, KIT.questions[1]);
    await expectSeen(view, 'question 2 heading', sight(view.heading));
    expect(await body.evaluate((b) => b.scrollTop)).toBe(0);
    expect(await view.heading.evaluate((h) => document.activeElement === h)).toBe(true);
  });

  test('sample answer, guidance and red flags are at least 13 px at the default text size, with a visible "Sample answer" label', async () => {
    const view = await openAt(VIEWPORTS[0], 'light');
    const sizes = {
      answer: (await sight(view.sampleAnswer.locator('p').first())).fontSizePx,
      guidance: (await sight(view.sampleAnswer.locator('p.guidance'))).fontSizePx,
      redFlag: (await sight(view.redFlags.getByRole('listitem').first())).fontSizePx,
    };
    for (const [what, px] of Object.entries(sizes)) expect(px, `${what} font size`).toBeGreaterThanOrEqual(13);
    await expectSeen(view, 'the Sample answer label', sight(view.sampleAnswer.getByRole('heading', { name: 'Sample answer' })));
  });

  test('a larger screen gets a wider sidebar and larger text', async () => {
    const small = await openAt(VIEWPORTS[0], 'light');
    const smallFont = (await sight(small.sampleAnswer.locator('p').first())).fontSizePx;
    const smallWidth = (await new Dock(small.page).frameBox())!.width;
    const large = await openAt(VIEWPORTS[1], 'light');
    const largeFont = (await sight(large.sampleAnswer.locator('p').first())).fontSizePx;
    const largeWidth = (await new Dock(large.page).frameBox())!.width;
    expect([smallWidth, largeWidth]).toEqual([361, 481].map((w) => w - 1));
    expect(largeFont).toBeGreaterThan(smallFont);
  });

  test('the running clock is drawn where its text stands, at its size, crisp, named by its time; paused, the same text takes its place', async () => {
    const view = await openAt(VIEWPORTS[0], 'dark');
    await view.notesReady(1);
    await view.frame.getByRole('button', { name: 'Start interview' }).click();
    const drawn = view.timer.getByRole('img', { name: /^\d\d:\d\d$/ });
    await drawn.waitFor({ timeout: 5_000 });
    await expectSeen(view, 'the drawn clock', sight(drawn));
    await view.page.waitForTimeout(1_200);
    const running = await drawn.evaluate((canvas: HTMLCanvasElement) => {
      const { left, top, width, height } = canvas.getBoundingClientRect();
      const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      const ink = { left: Infinity, right: -1, top: Infinity, bottom: -1 };
      let inked = -1;
      for (let i = 3; i < pixels.length; i += 4) {
        if (pixels[i]! < 128) continue;
        if (inked < 0) inked = i - 3;
        const x = ((i - 3) / 4) % canvas.width;
        const y = Math.floor((i - 3) / 4 / canvas.width);
        Object.assign(ink, {
          left: Math.min(ink.left, x),
          right: Math.max(ink.right, x),
          top: Math.min(ink.top, y),
          bottom: Math.max(ink.bottom, y),
        });
      }
      const scale = canvas.width / width;
      const [r, g, b] = pixels.slice(inked, inked + 3);
      return {
        box: { left, top, width, height },
        backing: [canvas.width, canvas.height, Math.round(width * devicePixelRatio), Math.round(height * devicePixelRatio)],
        inkCss: {
          width: (ink.right - ink.left + 1) / scale,
          height: (ink.bottom - ink.top + 1) / scale,
          bottom: top + (ink.bottom + 1) / scale,
        },
        fontSize: parseFloat(getComputedStyle(canvas).fontSize),
        textColor: getComputedStyle(canvas).color,
        firstInk: `rgb(${r}, ${g}, ${b})`,
      };
    });
    expect(running.backing.slice(0, 2), 'one canvas pixel per device pixel: crisp').toEqual(running.backing.slice(2));
    expect(running.fontSize, 'drawn at the clock text’s size').toBeGreaterThanOrEqual(15);
    expect(running.inkCss.height, 'digits as tall as the font’s digits').toBeGreaterThanOrEqual(running.fontSize * 0.6);
    expect(running.inkCss.width, 'the whole time drawn, not clipped').toBeGreaterThanOrEqual(running.box.width * 0.85);
    const channels = (color: string) => (color.match(/\d+/g) ?? []).slice(0, 3).map(Number);
    const [textChannels, inkChannels] = [channels(running.textColor), channels(running.firstInk)];
    expect(textChannels[0], 'light text on the dark theme').toBeGreaterThan(150);
    inkChannels.forEach((channel, i) =>
      expect(
        Math.abs(channel - textChannels[i]!),
        `drawn in the text's colour, ${running.firstInk} for ${running.textColor}`,
      ).toBeLessThanOrEqual(8),
    );

    await view.pauseClock.click();
    await view.frame.getByRole('button', { name: 'Resume clock' }).waitFor();
    expect(await view.timer.getByRole('img').count(), 'paused: text again').toBe(0);
    const paused = await view.timer.evaluate((timer) => {
      const range = document.createRange();
      range.selectNodeContents(timer);
      const { left, top, width, height } = range.getBoundingClientRect();
      // A zero-height inline block sits on the line's baseline, where digits stand.
      const mark = timer.appendChild(Object.assign(document.createElement('span'), { style: 'display:inline-block;width:0;height:0' }));
      const baseline = mark.getBoundingClientRect().bottom;
      mark.remove();
      return { left, top, width, height, baseline };
    });
    // The text's box is its font's height, centred in the line the canvas fills.
    const middle = (box: { top: number; height: number }) => box.top + box.height / 2;
    const offsets = {
      baseline: paused.baseline - running.inkCss.bottom,
      left: paused.left - running.box.left,
      width: paused.width - running.box.width,
      middle: middle(paused) - middle(running.box),
    };
    for (const [what, offset] of Object.entries(offsets))
      expect(Math.abs(offset), `the paused text's ${what} where the drawn time's was`).toBeLessThanOrEqual(1.5);
  });

  test('the handle gives the sidebar the focus: single keys work at once, and the sidebar says so', async () => {
    const view = await openAt(VIEWPORTS[0], 'light');
    const dock = new Dock(view.page);
    await dock.hideSidebar.click();
    await dock.showSidebar.click();
    await view.frame.getByText('Keys on', { exact: true }).waitFor({ timeout: 5_000 });
    await view.page.keyboard.press('n');
    await view.waitForQuestion(2);
  });

  test('typing at 10 ms gaps around Alt+T keeps every character where it was typed', async () => {
    const view = await openAt(VIEWPORTS[0], 'light');
    const box = await view.notesReady(1);
    await box.click();
    for (let round = 0; round < 5; round++) {
      await box.fill('');
      await box.pressSequentially('Struggled', { delay: 10 });
      await view.page.keyboard.press('Alt+t');
      await box.pressSequentially(' with buzzwords.', { delay: 10 });
      // The stamp comes with a space on each side (lib/text/insert-at-cursor.ts); nothing typed moves.
      expect(await box.inputValue()).toMatch(/^Struggled \[\d\d:\d\d\] {2}with buzzwords\.$/);
    }
  });

  test('the clock waits for the interview, and stands still while the tab is closed', async () => {
    const code = meetCode();
    let view = await openSidebar(suite.browser, meetUrl(code));
    await expect.poll(() => view.timer.textContent()).toContain('Not started');
    const box = await view.notesReady(1);
    await box.fill('Started.');
    await waitUntil('the clock to run', async () => (await view.timerSeconds().catch(() => -1)) >= 0);
    await view.page.waitForTimeout(3_000);
    await view.page.close();
    await new Promise((r) => setTimeout(r, 5_000));
    view = await openSidebar(suite.browser, meetUrl(code));
    const seconds = await view.timerSeconds();
    expect(seconds, 'open 3 s, closed 5 s: the clock counted only the open time').toBeGreaterThanOrEqual(3);
    expect(seconds).toBeLessThan(6);
  });
});

void sidebarFrame;
