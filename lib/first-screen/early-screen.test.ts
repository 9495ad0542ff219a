// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FIRST_SCREEN_VERSION, standInSource, type FirstScreenRecord } from './first-screen-record';
import { paintEarlyScreen } from './early-screen';
import { bootBeforeAnyDatabase } from '../interviews/interview-boot';
import type { InterviewSession } from '../interviews/interview-types';
import { parseMeetingUrl } from '../meeting/meeting-url';
import type { OpenTabInterviewResult } from '../messaging/protocol';
import { DEFAULT_APPEARANCE } from '../settings/appearance-shape';
import { DEFAULT_LAYOUT, type SidebarLayout } from '../settings/sidebar-layout';

const MEET = 'https://meet.google.com/abc-defg-hij';
const RIGHT = { dock: 'right', compact: false, width: 360, textSize: 'medium' } as const;
/** Where the frame goes: the default layout in a 1280 px window, 360 px wide. */
const DOCK = { layout: { ...DEFAULT_LAYOUT }, viewport: 1280 };
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
  shipped.mockReset().mockResolvedValue(record('What does REST stand for?'));
  document.documentElement.removeAttribute('data-theme');
  root = document.createElement('div');
  root.append('Opening the interview…');
});

/** The background's answer, when the test gives one: never, by default (what storage says decides). */
const paint = (
  stored: Record<string, unknown>,
  href = MEET,
  dock: { layout: SidebarLayout; viewport: number } = DOCK,
  answer: Promise<OpenTabInterviewResult> = new Promise(() => undefined),
) => paintEarlyScreen(href, dock, root, Promise.resolve(stored), answer, shipped);

describe('the early screen', () => {
  it("paints a new call's kept first screen, inert, in the stored theme and size", async () => {
    // Kept in large text: shown where the text is large.
    const large = { ...kept, layout: { ...kept.layout, textSize: 'large' } };
    const stored = {
      'firstScreen:meet': large,
      interviewedMeetings: ['meet:old-meet-ing'],
      standInSource: 'abc',
      appearance: { version: 2, theme: 'dark', textSize: 'large' },
    };
    expect(await paint(stored)).toEqual({ shown: large, kept: true });
    const main = root.firstElementChild as HTMLElement;
    expect(root.childNodes).toHaveLength(1);
    expect(main.querySelector('h1')!.textContent).toBe('Why Go?');
    expect(main.inert).toBe(true);
    expect(document.documentElement.dataset).toMatchObject({ theme: 'dark', textSize: 'large' });
    expect(shipped).not.toHaveBeenCalled();
  });

  it("paints the build's own when none is kept (right after installing)", async () => {
    // Not from storage: React's screen is kept in its place, and the next call reads that with the rest of storage.
    expect(await paint({ interviewedMeetings: [], standInSource: 'abc' })).toEqual({
      shown: record('What does REST stand for?'),
      kept: false,
    });
    expect(shipped).toHaveBeenCalledWith('meet');
    expect(root.querySelector('h1')!.textContent).toBe('What does REST stand for?');
  });

  it("where storage does not say yet, paints once the background's answer says the call is new and what its stand-in is made of", async () => {
    const standIn = bootBeforeAnyDatabase(parseMeetingUrl(MEET)!, 1);
    const ready = (session: InterviewSession) =>
      Promise.resolve<OpenTabInterviewResult>({
        status: 'ready',
        ...standIn,
        session,
        layout: { ...DEFAULT_LAYOUT },
        appearance: DEFAULT_APPEARANCE,
      });
    const own = { ...record('What does REST stand for?'), source: standInSource(standIn.session) };
    shipped.mockResolvedValue(own);
    let answer!: (result: OpenTabInterviewResult) => void;
    const painted = paint({}, MEET, DOCK, new Promise((resolve) => (answer = resolve)));
    // The build's own is on its way while the worker answers, not after.
    await vi.waitFor(() => expect(shipped).toHaveBeenCalledWith('meet'));
    expect(root.textContent).toBe('Opening the interview…');
    answer(await ready(standIn.session));
    expect(await painted).toEqual({ shown: own, kept: false });
    expect(root.querySelector('h1')!.textContent).toBe('What does REST stand for?');
    // An interview that exists, or another stand-in: nothing painted.
    root.replaceChildren();
    expect(await paint({}, MEET, DOCK, ready({ ...standIn.session, id: 'an-interview' }))).toBeNull();
    expect(await paint({}, MEET, DOCK, ready({ ...standIn.session, interviewerName: 'Ana' }))).toBeNull();
    expect(root.childNodes).toHaveLength(0);
  });

  it('paints nothing for a call that has an interview, another stand-in, another layout, or off a meeting', async () => {
    const stored = { 'firstScreen:meet': kept, interviewedMeetings: ['meet:abc-defg-hij'], standInSource: 'abc' };
    expect(await paint(stored)).toBeNull();
    expect(await paint({ ...stored, interviewedMeetings: [], standInSource: 'another kit' })).toBeNull();
    expect(await paint({ ...stored, interviewedMeetings: [] }, MEET, { ...DOCK, layout: { ...DEFAULT_LAYOUT, compact: true } })).toBeNull();
    expect(await paint({ ...stored, interviewedMeetings: [] }, MEET, { ...DOCK, viewport: 1920 })).toBeNull();
    expect(await paint({ ...stored, interviewedMeetings: [] }, 'https://meet.google.com/')).toBeNull();
    expect(root.textContent).toBe('Opening the interview…');
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });
});
