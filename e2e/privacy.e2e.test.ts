import { describe, expect, test } from 'vitest';
import { readProfilePreferences, sidebarFrame } from './support/chromium';
import { evaluateInContentScript } from './support/content-script-world';
import { DEFAULT_LAYOUT, Dock } from './support/dock';
import { KIT, openSidebar } from './support/sidebar';
import { meetCode, meetUrl, setupSuite } from './support/suite';
import { waitForValue, waitUntil } from './support/wait';

const suite = setupSuite();

interface FrameProbe {
  src: string;
  contentDocument: string | null;
  windowDocument: string;
}

describe('the meeting page cannot see the interview', () => {
  test('nothing is stored in the page’s origin, and the page cannot read the sidebar’s document', async () => {
    const url = meetUrl(meetCode());
    const view = await openSidebar(suite.browser, url);
    const note = 'Strong on caching; unsure about idempotency.';
    await (await view.notesReady(1)).pressSequentially(note);
    await view.next.click();
    await view.waitForQuestion(2);
    // The note is stored (read back in another tab), so the extension has written by now.
    const check = await openSidebar(suite.browser, url);
    await check.previous.click();
    await check.waitForQuestion(1);
    await waitForValue(check.notes(1), note, 'the note read back in a second tab');

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

    // The data does live in the extension's own origin (the background's database).
    const worker = suite.browser.serviceWorker();
    expect(worker, 'the extension service worker is running').toBeDefined();
    const extensionDatabases = await worker!.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(extensionDatabases).toContain('interview-sidebar');

    // The page's own script tried to read the frame's document when it loaded, and now.
    const atLoad = await waitUntil('the page script to probe the sidebar frame on load', () =>
      view.page.evaluate(() => (window as Window & { __sidebarReadable?: FrameProbe }).__sidebarReadable),
    );
    const now = (await view.page.evaluate(() =>
      (window as unknown as { __probeSidebar: () => FrameProbe | string }).__probeSidebar(),
    )) as FrameProbe;
    for (const probe of [atLoad, now]) {
      // The frame's address is the page's to see (use_dynamic_url breaks the frame under COEP, wxt.config.ts);
      // what it holds is not.
      expect(probe.src.startsWith(`chrome-extension://${suite.browser.extensionId}/sidebar.html`)).toBe(true);
      expect(probe.contentDocument, 'iframe.contentDocument seen by the page').toBeNull();
      expect(probe.windowDocument, 'iframe.contentWindow.document seen by the page').toMatch(/^threw: SecurityError$/);
    }
  });
});

describe('third-party cookies are blocked in the test profile', () => {
  test('a cross-site frame gets no cookies and no storage access; the profile keeps cookie_controls_mode 1', async () => {
    // First party (top level on app.zoom.us): the cookie is set and usable.
    const top = await suite.browser.open('https://app.zoom.us/_fixture/cookie-probe');
    const first = await waitUntil('the first-party probe', () =>
      top.evaluate(() => (window as Window & { __probe?: Record<string, unknown> }).__probe),
    );
    expect(first).toMatchObject({ topLevel: true, hasStorageAccess: true, indexedDB: 'opened' });
    expect(first.cookieAfterWrite).toContain('probe_http=1');

    // Third party (app.zoom.us framed by meet.google.com): the same cookie is neither sent nor readable.
    const requestsBefore = suite.server.requests.length;
    const embed = await suite.browser.open('https://meet.google.com/_fixture/third-party-embed');
    const third = await waitUntil('the third-party probe', () =>
      embed.evaluate(() => (window as Window & { __thirdParty?: Record<string, unknown> }).__thirdParty),
    );
    const frameRequest = suite.server.requests
      .slice(requestsBefore)
      .find((r) => r.host === 'app.zoom.us' && r.path === '/_fixture/cookie-probe');
    expect(frameRequest, 'the framed probe was requested').toBeDefined();
    expect(frameRequest!.cookie, 'Cookie header sent to the third-party frame').toBeUndefined();
    expect(third).toMatchObject({ topLevel: false, cookieAfterWrite: '', hasStorageAccess: false });
    // docs/architecture.md, "Why the background owns the data": IndexedDB is denied to a third-party frame in this mode.
    expect(String(third.indexedDB)).toMatch(/^error: UnknownError/);

    // Chromium read the pre-written preference and kept it: after a restart it has rewritten
    // the file with its own settings, still holding mode 1.
    await suite.browser.restart();
    const preferences = readProfilePreferences(suite.browser.userDataDir) as {
      profile?: { cookie_controls_mode?: number };
      extensions?: unknown;
    };
    expect(preferences.profile?.cookie_controls_mode).toBe(1);
    expect(Object.keys(preferences).length, 'Chromium rewrote the Preferences file').toBeGreaterThan(1);
  });
});

describe("the content script's world (inside the meeting page's renderer) reaches no data", () => {
  test('every data request and a live subscription are refused, and the database is unchanged', async () => {
    const view = await openSidebar(suite.browser, meetUrl(meetCode()));
    const note = 'Private: only the extension pages may read this.';
    await (await view.notesReady(1)).pressSequentially(note);
    await waitForValue(view.notes(1), note, 'the note');
    // Forged in the wire format of lib/messaging/extension-messaging.ts: { type, data } (with the
    // extra fields of the messaging library used before, which the background ignores).
    const answers = await evaluateInContentScript<Record<string, unknown>>(
      view.page,
      suite.browser.extensionId,
      `(async () => {
        const ask = (type, data) => chrome.runtime.sendMessage({ id: 1, type, data, timestamp: Date.now() });
        const request = (service, method, args) => ask('request', { service, method, args });
        const live = await new Promise((resolve) => {
          const port = chrome.runtime.connect({ name: 'live-query' });
          const got = [];
          port.onMessage.addListener((m) => got.push(m));
          port.onDisconnect.addListener(() => resolve(got));
          port.postMessage({ query: 'interviews', params: {} });
        });
        return {
          createBackup: await request('exports', 'createBackup', []),
          restoreBackup: await request('exports', 'restoreBackup', ['{}', 'replace']),
          openTabInterview: await ask('openTabInterview', undefined),
          interviewRecords: await request('exports', 'interviewRecords', [[]]),
          live,
        };
      })()`,
    );
    for (const name of ['createBackup', 'restoreBackup', 'openTabInterview', 'interviewRecords']) {
      const answer = answers[name] as { res?: unknown; err?: { message: string } };
      expect(answer.res, `${name} answered no data`).toBeUndefined();
      expect(answer.err?.message, `${name} refused`).toMatch(/^Refused: /);
    }
    expect(answers.live).toEqual([{ kind: 'error', message: "Refused: live data is sent only to the extension's own pages." }]);
    // Nothing was deleted: the note is still there in a fresh sidebar.
    const again = await openSidebar(suite.browser, view.page.url());
    await waitForValue(again.notes(1), note, 'the note after the refused requests');
  });
});

describe('the page cannot drive the extension’s own controls', () => {
  test('a click the page makes on Show sidebar is ignored, and a forged focus-notes message does not move focus', async () => {
    const view = await openSidebar(suite.browser, meetUrl(meetCode()));
    await view.notesReady(1);
    const dock = new Dock(view.page);
    await dock.hideSidebar.click();
    await dock.waitForLayout({ ...DEFAULT_LAYOUT, collapsed: true }, 'the sidebar to hide');

    // Counts what the content script tells the frame on their port (lib/content/puppet-dock.ts),
    // in order, from inside the content script's own world.
    const told = () =>
      evaluateInContentScript<{ events: number; shows: number }>(view.page, suite.browser.extensionId, 'globalThis.__told');
    await evaluateInContentScript(
      view.page,
      suite.browser.extensionId,
      `(() => {
        const told = (globalThis.__told = { events: 0, shows: 0 });
        const post = MessagePort.prototype.postMessage;
        MessagePort.prototype.postMessage = function (data, ...rest) {
          told.events += 1;
          if (data && data.show) told.shows += 1;
          return post.call(this, data, ...rest);
        };
      })()`,
    );
    // The page's own script cannot reach into the controls' root, and a click it makes where the
    // handle is (elementFromPoint gives it the host) reaches nothing inside.
    expect(await view.page.evaluate(() => document.querySelector('interview-sidebar-controls')!.shadowRoot), 'host.shadowRoot').toBeNull();
    const handle = (await dock.showSidebar.boundingBox())!;
    const hit = await view.page.evaluate(
      ([x, y]) => {
        const el = document.elementFromPoint(x!, y!)!;
        const init = { bubbles: true, composed: true, clientX: x, clientY: y };
        for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) el.dispatchEvent(new MouseEvent(type, init));
        (el as HTMLElement).click();
        return el.localName;
      },
      [handle.x + handle.width / 2, handle.y + handle.height / 2],
    );
    expect(hit, 'the page finds only the host at the handle').toBe('interview-sidebar-controls');
    // Even with the button itself in hand (which a page has no way to get; DevTools gives it here),
    // a click made up in script (isTrusted false) is ignored.
    await dock.showSidebar.callOnNode('function () { this.click(); this.dispatchEvent(new MouseEvent("click", { bubbles: true })); }');
    // Then something the content script does pass on (a resize): once the frame has it, anything
    // the clicks had made the content script tell it would have come first.
    await view.page.evaluate(() => window.dispatchEvent(new Event('resize')));
    await waitUntil('the resize to be told to the frame', async () => (await told()).events >= 1);
    expect((await told()).shows, 'no "show" was told to the frame').toBe(0);
    await dock.waitForLayout({ ...DEFAULT_LAYOUT, collapsed: true }, "the sidebar to stay hidden after the page's clicks");
    expect(await dock.showSidebar.isVisible()).toBe(true);
    await dock.showSidebar.click();
    await dock.waitForLayout(DEFAULT_LAYOUT, 'a real click to show it');
    expect((await told()).shows, 'the real click was told').toBe(1);
    const frame = await sidebarFrame(view.page);

    // The old relay: the page focuses the frame and posts the message the content script used to post.
    await frame.evaluate(() => {
      const w = window as Window & { __forgedSeen?: boolean };
      window.addEventListener('message', () => requestAnimationFrame(() => requestAnimationFrame(() => (w.__forgedSeen = true))));
    });
    await view.page.evaluate(() => {
      const iframe = document.querySelector<HTMLIFrameElement>('iframe[title="Interview sidebar"]')!;
      iframe.focus();
      iframe.contentWindow!.postMessage('interview-sidebar:focus-notes', '*');
    });
    await waitUntil('the forged message to reach the frame, and two frames to pass', () =>
      frame.evaluate(() => (window as Window & { __forgedSeen?: boolean }).__forgedSeen === true),
    );
    const active = await frame.evaluate(() => (document.activeElement as HTMLTextAreaElement | null)?.labels?.[0]?.textContent ?? null);
    expect(active, 'the notes box did not take the focus').not.toBe('Notes for question 1');
  });
});

describe('a sidebar frame the page makes itself', () => {
  test('shows no candidate, question or note, only that it opens from the extension; ours works beside it', async () => {
    const view = await openSidebar(suite.browser, meetUrl(meetCode()));
    await view.notesReady(1);
    const note = 'Our own note, typed before the page framed the sidebar itself.';
    await view.notes(1).fill(note);
    await waitForValue(view.notes(1), note, 'our note');

    // The page frames sidebar.html itself, at its known address, over its own content.
    const src = `chrome-extension://${suite.browser.extensionId}/sidebar.html`;
    const made = await view.page.evaluateHandle((src) => {
      const frame = document.createElement('iframe');
      frame.src = src;
      frame.title = 'made by the page';
      frame.style.cssText = 'position:fixed;left:0;top:0;width:420px;height:600px;z-index:2147483647';
      document.body.append(frame);
      return frame;
    }, src);
    const theirs = (await made.asElement()!.contentFrame())!;
    await waitUntil('the page-made frame to say where the sidebar opens from', async () =>
      (
        await theirs
          .locator('body')
          .innerText()
          .catch(() => '')
      ).includes('This sidebar can only be opened by the extension on a call.'),
    );
    const text = await theirs.locator('body').innerText();
    for (const secret of [KIT.questions[0], note, 'Question 1 of', 'Candidate'])
      expect(text, `the page-made frame shows no "${secret}"`).not.toContain(secret);
    expect(await theirs.locator('textarea, input, [role=radio]').count(), 'no field in the page-made frame').toBe(0);

    // Ours still shows the interview and takes notes.
    await view.waitForQuestion(1, KIT.questions[0]);
    await view.notes(1).fill(`${note} And more.`);
    await waitForValue(view.notes(1), `${note} And more.`, 'our note, still editable');
  });
});
