import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openInterviewDatabase, type InterviewDatabase } from '../db/database';
import { FIRST_SCREEN_VERSION, standInSource, type FirstScreenRecord } from '../first-screen/first-screen-record';
import { bootBeforeAnyDatabase, bundledStandIn, newSession, startingStandIn } from '../interviews/interview-boot';
import { DEFAULT_KIT_ID, installBundledKits } from '../kits/bundled-kits';
import { parseMeetingUrl } from '../meeting/meeting-url';
import { waitUntil } from '../../e2e/support/wait';
import { forgetKeptScreens, keepFirstScreens, markFreshInstall } from './first-screen-keeper';

let db: InterviewDatabase;
const area = () => fakeBrowser.storage.local;
const stored = async (key: string) => (await area().get(key))[key] as string[] | FirstScreenRecord | undefined;
const listed = async () => ((await stored('interviewedMeetings')) as string[] | undefined)?.length;
const record = (source: string): FirstScreenRecord => ({
  version: FIRST_SCREEN_VERSION,
  source,
  layout: { dock: 'right', compact: false, width: 360, textSize: 'medium' },
  tree: { tag: 'main', attrs: [], children: [] },
});
const sessionOf = (url: string, id: string) =>
  newSession(id, parseMeetingUrl(url)!, { id: DEFAULT_KIT_ID, content: { title: 'K', questions: [], redFlags: [] } as never }, '', 1);

beforeEach(async () => {
  fakeBrowser.reset();
  db = openInterviewDatabase(`keeper-${crypto.randomUUID()}`);
  await installBundledKits(db);
});
afterEach(() => db.delete());

describe('what a new call paints before the worker answers, kept in step', () => {
  it('lists the meetings that have an interview after every write, created, restored or deleted', async () => {
    keepFirstScreens(db, Promise.resolve(true));
    await db.sessions.add(sessionOf('https://meet.google.com/abc-defg-hij', 's1'));
    await waitUntil('the first interview listed', async () => (await listed()) === 1);
    await db.sessions.bulkAdd([
      sessionOf('https://us05web.zoom.us/wc/123456789/join', 's2'),
      sessionOf('https://meet.google.com/xyz-abcd-efg', 's3'),
    ]);
    await waitUntil('the restored ones listed', async () => (await listed()) === 3);
    expect(await stored('interviewedMeetings')).toEqual(['meet:abc-defg-hij', 'meet:xyz-abcd-efg', 'zoom:123456789']);
    await db.sessions.delete('s1');
    await waitUntil('the deleted one gone', async () => (await listed()) === 2);
  });

  it('when the database opens, writes the list a build before it did not keep', async () => {
    await db.sessions.add(sessionOf('https://meet.google.com/abc-defg-hij', 's1'));
    await keepFirstScreens(db, Promise.resolve(true)).refresh();
    expect(await stored('interviewedMeetings')).toEqual(['meet:abc-defg-hij']);
  });

  it('drops a stored first screen once the starting kit or the interviewer changes, and only then', async () => {
    const current = standInSource(await startingStandIn(db));
    await area().set({ 'firstScreen:meet': record(current), 'firstScreen:zoom': record('an older kit') });
    const keeper = keepFirstScreens(db, Promise.resolve(true));
    await keeper.refresh();
    expect(await stored('standInSource')).toBe(current);
    expect(await stored('firstScreen:meet')).toEqual(record(current));
    expect(await stored('firstScreen:zoom')).toBeUndefined();
    // The same name written again changes nothing: the screen stays.
    await db.settings.put({ key: 'interviewerName', value: '' });
    await keeper.refresh();
    expect(await stored('firstScreen:meet')).toEqual(record(current));
    await db.settings.put({ key: 'interviewerName', value: 'Ana' });
    await waitUntil('the screen dropped', async () => (await stored('firstScreen:meet')) === undefined);
    expect(await stored('standInSource')).toBe(standInSource(await startingStandIn(db)));
    expect(await stored('standInSource')).not.toBe(current);
  });

  it("keeps the first call's screen, made from the code before any database, once the bundled kits are installed", async () => {
    const fresh = openInterviewDatabase(`keeper-fresh-${crypto.randomUUID()}`);
    const { session } = bootBeforeAnyDatabase(parseMeetingUrl('https://meet.google.com/abc-defg-hij')!, 1);
    const screen = record(standInSource(session));
    await area().set({ 'firstScreen:meet': screen });
    const keeper = keepFirstScreens(fresh, Promise.resolve(true));
    await installBundledKits(fresh);
    await keeper.refresh();
    expect(await stored('firstScreen:meet')).toEqual(screen);
    await fresh.delete();
  });

  it('right after installing: no interviewed meeting, and the bundled stand-in, before any database', async () => {
    await markFreshInstall(Promise.resolve(true));
    expect(await area().get(null)).toEqual({ interviewedMeetings: [], standInSource: standInSource(bundledStandIn()) });
    fakeBrowser.reset();
    await markFreshInstall(Promise.resolve(false));
    expect(await area().get(null)).toEqual({});
  });

  it("after an update, forgets the kept screens (the old build's markup), and nothing else", async () => {
    await area().set({
      'firstScreen:meet': record('a'),
      'firstScreen:webex': record('a'),
      interviewedMeetings: ['meet:x'],
      standInSource: 'a',
    });
    await forgetKeptScreens();
    expect(await area().get(null)).toEqual({ interviewedMeetings: ['meet:x'], standInSource: 'a' });
  });

  it('writes no list where storage.local stays open to content scripts', async () => {
    await db.sessions.add(sessionOf('https://meet.google.com/abc-defg-hij', 's1'));
    await keepFirstScreens(db, Promise.resolve(false)).refresh();
    await db.sessions.add(sessionOf('https://meet.google.com/xyz-abcd-efg', 's2'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await area().get(null)).toEqual({});
  });
});
