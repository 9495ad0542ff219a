// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DataClientContext } from '@/hooks/use-data-client';
import { EarlyScreenContext } from '@/hooks/use-remember-first-screen';
import { SidebarSurfaceContext } from '@/hooks/use-sidebar-surface';
import { createInProcessClient } from '@/lib/client/in-process-client';
import type { InterviewDatabase } from '@/lib/db/database';
import { standInSource, type FirstScreenRecord } from '@/lib/first-screen/first-screen-record';
import { bundledStandIn } from '@/lib/interviews/interview-boot';
import { parseMeetingUrl } from '@/lib/meeting/meeting-url';
import { PLATFORMS } from '@/lib/platforms';
import { freshSidebarState } from './render-sidebar.test-support';
import { SidebarApp } from './sidebar-app';

/** A meeting of each platform. */
const MEETINGS = {
  meet: 'https://meet.google.com/abc-defg-hij',
  zoom: 'https://app.zoom.us/wc/81234567890/join',
  teams: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%7d',
  webex: 'https://acme.webex.com/meet/jane.doe',
} as const;

let db: InterviewDatabase;
beforeEach(() => {
  fakeBrowser.reset();
  Object.assign(fakeBrowser.storage.local, { setAccessLevel: vi.fn(() => Promise.resolve()) });
  // A new call's frame does not have the focus: its keys state says so.
  vi.spyOn(document, 'hasFocus').mockReturnValue(false);
  // As Chromium draws it in a 1280 px window (a 360 px frame, given below), where the first sample answer
  // overflows its fold (hooks/use-overflow.ts), and the heading does not. jsdom lays nothing out.
  const folded = (el: HTMLElement) => el.classList.contains('answer-text') && el.classList.contains('folded');
  vi.spyOn(HTMLElement.prototype, 'scrollHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return folded(this) ? 240 : 0;
  });
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return folded(this) ? 120 : 0;
  });
  // Right after installing: no kit installed, no interviewer's name.
  db = freshSidebarState();
});
afterEach(() => {
  vi.restoreAllMocks();
  return db.delete();
});

/**
 * The build's own first screens (public/first-screen/<platform>.json), which a first call right
 * after installing paints before the worker and React (lib/first-screen/early-screen.ts): React's
 * first commit of the stand-in, taken here as the in-page sidebar takes it, in a 1280 px window
 * (a 360 px frame) with the medium text size. A change to what that
 * screen shows fails here until the files are written again (`npx vitest run -u` on this file);
 * e2e/early-screen.e2e.test.ts checks that Chromium's React draws the same.
 */
describe("the build's own first screens", () => {
  for (const platform of PLATFORMS) {
    it(`${platform.name}: React's first commit of the stand-in right after installing`, async () => {
      const view = render(
        <SidebarSurfaceContext.Provider value="in-page">
          <EarlyScreenContext.Provider value={{ kept: null, width: 360 }}>
            <DataClientContext.Provider value={createInProcessClient(db, parseMeetingUrl(MEETINGS[platform.id]))}>
              <SidebarApp />
            </DataClientContext.Provider>
          </EarlyScreenContext.Provider>
        </SidebarSurfaceContext.Provider>,
      );
      await screen.findByRole('heading', { level: 1 });
      const key = `firstScreen:${platform.id}`;
      await waitFor(async () => expect(key in (await fakeBrowser.storage.local.get(key))).toBe(true));
      const record = (await fakeBrowser.storage.local.get(key))[key] as FirstScreenRecord;
      expect(record.source).toBe(standInSource(bundledStandIn()));
      expect(record.layout).toEqual({ dock: platform.defaultDock, compact: false, width: 360, textSize: 'medium' });
      expect(screen.getByRole('button', { name: 'Show all' })).toBeInTheDocument();
      await expect(`${JSON.stringify(record)}\n`).toMatchFileSnapshot(`../../public/first-screen/${platform.id}.json`);
      view.unmount();
    });
  }
});
