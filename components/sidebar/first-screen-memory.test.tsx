// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DataClientContext } from '@/hooks/use-data-client';
import { EarlyScreenContext } from '@/hooks/use-remember-first-screen';
import { createInProcessClient } from '@/lib/client/in-process-client';
import type { InterviewDatabase } from '@/lib/db/database';
import { FIRST_SCREEN_VERSION, standInSource, type FirstScreenRecord } from '@/lib/first-screen/first-screen-record';
import { buildTree } from '@/lib/first-screen/screen-tree';
import { startingStandIn } from '@/lib/interviews/interview-boot';
import { installBundledKits } from '@/lib/kits/bundled-kits';
import { freshSidebarState, TEST_MEETING } from './render-sidebar.test-support';
import { SidebarApp } from './sidebar-app';

let db: InterviewDatabase;
const setAccessLevel = vi.fn(() => Promise.resolve());
beforeEach(async () => {
  fakeBrowser.reset();
  Object.assign(fakeBrowser.storage.local, { setAccessLevel });
  db = freshSidebarState();
  await installBundledKits(db);
});
afterEach(() => db.delete());

/** The in-page sidebar (it gives EarlyScreenContext), or another surface (`inPage: false`). */
function renderSurface({ inPage = true, kept = null }: { inPage?: boolean; kept?: FirstScreenRecord | null } = {}) {
  const app = (
    <DataClientContext.Provider value={createInProcessClient(db, TEST_MEETING)}>
      <SidebarApp />
    </DataClientContext.Provider>
  );
  return render(inPage ? <EarlyScreenContext.Provider value={{ kept, width: 360 }}>{app}</EarlyScreenContext.Provider> : app);
}
const storedScreen = async () =>
  (await fakeBrowser.storage.local.get('firstScreen:meet'))['firstScreen:meet'] as FirstScreenRecord | undefined;
const heading = () => screen.findByRole('heading', { level: 1 });

describe("a new call's first screen, remembered for the next one", () => {
  it("is stored as React first drew it, with the digest of the starting kit and interviewer, also where the build's own was painted first (the next call reads it with the rest of storage)", async () => {
    const view = renderSurface();
    expect(await heading()).toHaveTextContent('What does REST stand for?');
    await waitFor(async () => expect(await storedScreen()).toBeDefined());
    const record = (await storedScreen())!;
    expect(record).toMatchObject({
      version: FIRST_SCREEN_VERSION,
      layout: { dock: 'right', compact: false },
      source: standInSource(await startingStandIn(db)),
    });
    const built = buildTree(document, record.tree) as HTMLElement;
    expect(built.matches('main.sidebar')).toBe(true);
    expect(built.querySelector('h1')!.textContent).toBe('What does REST stand for?');
    expect(built.querySelector('textarea')).not.toBeNull();
    expect(built.textContent).toContain('Question 1 of 8');
    view.unmount();
  });

  it("is drawn the same by React's first commit next time: the screen stored is not written again", async () => {
    const before = renderSurface();
    await waitFor(async () => expect(await storedScreen()).toBeDefined());
    const first = (await storedScreen())!;
    before.unmount();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    renderSurface({ kept: first });
    await heading();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(set).not.toHaveBeenCalled();
    expect(await storedScreen()).toEqual(first);
  });

  it('is not taken from an interview that exists, nor by the side panel', async () => {
    const user = userEvent.setup();
    const sidePanel = renderSurface({ inPage: false });
    await user.type(await screen.findByRole('textbox', { name: 'Notes for question 1' }), 'x');
    await waitFor(async () => expect(await db.sessions.count()).toBe(1));
    sidePanel.unmount();
    renderSurface();
    await heading();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
