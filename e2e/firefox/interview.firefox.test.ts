/// <reference types="node" />
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { KIT } from '../support/sidebar';
import { meetCode, meetUrl, zoomId, zoomTopDocumentUrl as zoomUrl } from '../support/suite';
import { waitUntil } from '../support/wait';
import { openDashboardFromSidebar } from './support/extension-pages';
import { EXTENSION_ORIGIN } from './support/firefox';
import { openSidebar } from './support/firefox-sidebar';
import { setupFirefoxSuite } from './support/firefox-suite';

const suite = setupFirefoxSuite();

interface FrameProbe {
  src: string;
  contentDocument: string | null;
  windowDocument: string;
}

describe('an interview in Firefox', () => {
  test('next and previous move through the kit; the interview resumes where it was', async () => {
    const url = zoomUrl(zoomId());
    const view = await openSidebar(suite.open, url);
    await view.waitForQuestion(1, KIT.questions[0]);
    await view.click('button', 'Next question');
    await view.waitForQuestion(2, KIT.questions[1]);
    await view.click('button', 'Next question');
    await view.waitForQuestion(3);
    await view.click('button', 'Previous question');
    await view.waitForQuestion(2, KIT.questions[1]);

    await view.page.close();
    const again = await openSidebar(suite.open, url);
    await again.waitForQuestion(2, KIT.questions[1]);
  });

  test('the running clock is drawn, crisp, and named by its time', async () => {
    const view = await openSidebar(suite.open, meetUrl(meetCode()));
    await view.click('button', 'Start interview');
    const drawn = await waitUntil('the running clock to be drawn with ink', () =>
      view.frame.evaluate(() => {
        const canvas = document.querySelector<HTMLCanvasElement>('[role="timer"] canvas');
        if (!canvas?.width) return undefined;
        const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        const inked = pixels.filter((value, i) => i % 4 === 3 && value >= 128).length;
        const name = document.getElementById(canvas.getAttribute('aria-labelledby') ?? '')?.textContent;
        const { width } = canvas.getBoundingClientRect();
        return inked > 0 ? { inked, name, backing: canvas.width, device: Math.round(width * devicePixelRatio) } : undefined;
      }),
    );
    expect(drawn.name).toMatch(/^\d\d:\d\d$/);
    expect(drawn.backing, 'one canvas pixel per device pixel').toBe(drawn.device);
    expect(drawn.inked, 'the digits drawn, not a speck').toBeGreaterThan(60);
  });

  test('a note typed and the tab closed at once is kept', async () => {
    const url = meetUrl(meetCode());
    const view = await openSidebar(suite.open, url);
    const note = 'Explains idempotent PUT vs POST; closes the tab mid-thought';
    await (await view.notes(1)).type(note);
    // Straight after the last keystroke, as a person closing the call's tab does.
    await view.page.close();

    const again = await openSidebar(suite.open, url);
    await again.waitForQuestion(1);
    await waitUntil('the note to be read back after the tab was closed', async () => (await again.notesValue(1)) === note, {
      describe: () => again.notesValue(1),
    });
  });

  test('the Markdown export downloads a file with the interview', async () => {
    const view = await openSidebar(suite.open, meetUrl(meetCode()));
    const candidate = `Firefox Candidate ${Date.now()}`;
    await (await view.find('textbox', 'Candidate name')).type(candidate);
    const note = 'Knows the REST constraints by heart.';
    await (await view.notes(1)).type(note);
    await view.click('button', 'Wrap up');
    await view.click('button', 'Export Markdown');

    const file = await waitUntil('the export to land in the download folder', () =>
      readdirSync(suite.firefox.downloadDir).find((name) => name.includes(candidate) && name.endsWith('.md')),
    );
    expect(file).toMatch(new RegExp(`^\\d{4}-\\d{2}-\\d{2} ${candidate} - Backend Engineer\\.md$`));
    const markdown = await waitUntil('the download to be complete', () => {
      const text = readFileSync(join(suite.firefox.downloadDir, file), 'utf8');
      return text.includes('Question 8') ? text : undefined;
    });
    expect(markdown).toMatch(/^---\n/);
    expect(markdown).toContain(candidate);
    expect(markdown).toContain(`## Question 1: ${KIT.questions[0]}`);
    expect(markdown).toContain(note);
  });

  test('nothing is stored in the page’s origin; the page cannot read the frame; the data is in the extension’s origin', async () => {
    const url = meetUrl(meetCode());
    const view = await openSidebar(suite.open, url);
    const note = 'Strong on caching; unsure about idempotency.';
    await (await view.notes(1)).type(note);
    const check = await openSidebar(suite.open, url);
    await waitUntil('the note to be stored (read back in a second tab)', async () => (await check.notesValue(1)) === note, {
      describe: async () => [await check.notesValue(1), await view.notesValue(1), await check.position()],
    });

    const pageStorage = await view.page.evaluate(async () => ({
      origin: location.origin,
      indexedDB: (await indexedDB.databases()).map((d) => d.name),
      localStorage: localStorage.length,
      sessionStorage: sessionStorage.length,
      cookie: document.cookie,
      caches: await caches.keys(),
    }));
    expect(pageStorage).toEqual({
      origin: 'https://meet.google.com',
      indexedDB: [],
      localStorage: 0,
      sessionStorage: 0,
      cookie: '',
      caches: [],
    });

    const probes = [
      await waitUntil('the page script to probe the frame on load', () =>
        view.page.evaluate(() => (window as Window & { __sidebarReadable?: FrameProbe }).__sidebarReadable),
      ),
      (await view.page.evaluate(() => (window as unknown as { __probeSidebar: () => FrameProbe }).__probeSidebar())) as FrameProbe,
    ];
    for (const probe of probes) {
      expect(probe.src).toBe(`${EXTENSION_ORIGIN}/sidebar.html`);
      expect(probe.contentDocument, 'iframe.contentDocument seen by the page').toBeNull();
      expect(probe.windowDocument, 'iframe.contentWindow.document seen by the page').toBe('threw: SecurityError');
    }

    // The interview lives in the extension's own origin: the background page's database.
    const dashboard = suite.track(await openDashboardFromSidebar(suite.browser, view));
    const databases = await dashboard.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(databases).toContain('interview-sidebar');
  });
});
