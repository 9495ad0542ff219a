// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FIRST_SCREEN_VERSION, type FirstScreenRecord } from './first-screen-record';
import { paintEarlyScreen } from './early-screen';

const MEET = 'https://meet.google.com/abc-defg-hij';
const record: FirstScreenRecord = {
  version: FIRST_SCREEN_VERSION,
  source: 'abc',
  compact: false,
  tree: {
    tag: 'main',
    attrs: [['class', 'sidebar']],
    children: [{ tag: 'h1', attrs: [['id', 'current-question']], children: ['Why Go?'] }],
  },
};
let root: HTMLElement;

beforeEach(() => {
  fakeBrowser.reset();
  document.documentElement.removeAttribute('data-theme');
  root = document.createElement('div');
  root.append('Opening the interview…');
});

describe('the early screen', () => {
  it("paints a new call's stored first screen, inert, in the stored theme and size", async () => {
    await fakeBrowser.storage.local.set({
      'firstScreen:meet': record,
      interviewedMeetings: ['meet:old-meet-ing'],
      appearance: { version: 2, theme: 'dark', textSize: 'large' },
    });
    expect(await paintEarlyScreen(MEET, root)).toEqual(record);
    const main = root.firstElementChild as HTMLElement;
    expect(root.childNodes).toHaveLength(1);
    expect(main.querySelector('h1')!.textContent).toBe('Why Go?');
    expect(main.inert).toBe(true);
    expect(document.documentElement.dataset).toMatchObject({ theme: 'dark', textSize: 'large' });
  });

  it('paints nothing for a call that has an interview, in another layout, or off a meeting', async () => {
    await fakeBrowser.storage.local.set({ 'firstScreen:meet': record, interviewedMeetings: ['meet:abc-defg-hij'] });
    expect(await paintEarlyScreen(MEET, root)).toBeNull();
    await fakeBrowser.storage.local.set({ interviewedMeetings: [], 'layout:meet:compact': true });
    expect(await paintEarlyScreen(MEET, root)).toBeNull();
    expect(await paintEarlyScreen('https://meet.google.com/', root)).toBeNull();
    expect(await paintEarlyScreen('https://us05web.zoom.us/wc/123456789/join', root)).toBeNull();
    expect(root.textContent).toBe('Opening the interview…');
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });
});
