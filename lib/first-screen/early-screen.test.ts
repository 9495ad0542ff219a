// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FIRST_SCREEN_VERSION, type FirstScreenRecord, type RecordLayout } from './first-screen-record';
import { paintEarlyScreen } from './early-screen';

const MEET = 'https://meet.google.com/abc-defg-hij';
const RIGHT = { dock: 'right', compact: false } as const;
const record = (question: string): FirstScreenRecord => ({
  version: FIRST_SCREEN_VERSION,
  source: 'abc',
  layout: RIGHT,
  tree: {
    tag: 'main',
    attrs: [['class', 'sidebar']],
    children: [{ tag: 'h1', attrs: [['id', 'current-question']], children: [question] }],
  },
});
const kept = record('Why Go?');
const shipped = vi.fn(() => Promise.resolve<unknown>(record('What does REST stand for?')));
let root: HTMLElement;

beforeEach(() => {
  shipped.mockClear();
  document.documentElement.removeAttribute('data-theme');
  root = document.createElement('div');
  root.append('Opening the interview…');
});

const paint = (stored: Record<string, unknown>, href = MEET, layout: RecordLayout = RIGHT) =>
  paintEarlyScreen(href, layout, root, Promise.resolve(stored), shipped);

describe('the early screen', () => {
  it("paints a new call's kept first screen, inert, in the stored theme and size", async () => {
    const stored = {
      'firstScreen:meet': kept,
      interviewedMeetings: ['meet:old-meet-ing'],
      standInSource: 'abc',
      appearance: { version: 2, theme: 'dark', textSize: 'large' },
    };
    expect(await paint(stored)).toEqual(kept);
    const main = root.firstElementChild as HTMLElement;
    expect(root.childNodes).toHaveLength(1);
    expect(main.querySelector('h1')!.textContent).toBe('Why Go?');
    expect(main.inert).toBe(true);
    expect(document.documentElement.dataset).toMatchObject({ theme: 'dark', textSize: 'large' });
    expect(shipped).not.toHaveBeenCalled();
  });

  it("paints the build's own when none is kept (right after installing)", async () => {
    expect(await paint({ interviewedMeetings: [], standInSource: 'abc' })).toEqual(record('What does REST stand for?'));
    expect(shipped).toHaveBeenCalledWith('meet');
    expect(root.querySelector('h1')!.textContent).toBe('What does REST stand for?');
  });

  it('paints nothing for a call that has an interview, another stand-in, another layout, or off a meeting', async () => {
    const stored = { 'firstScreen:meet': kept, interviewedMeetings: ['meet:abc-defg-hij'], standInSource: 'abc' };
    expect(await paint(stored)).toBeNull();
    expect(await paint({ ...stored, interviewedMeetings: [], standInSource: 'another kit' })).toBeNull();
    expect(await paint({ ...stored, interviewedMeetings: [] }, MEET, { dock: 'right', compact: true })).toBeNull();
    expect(await paint({ ...stored, interviewedMeetings: [] }, 'https://meet.google.com/')).toBeNull();
    expect(root.textContent).toBe('Opening the interview…');
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });
});
