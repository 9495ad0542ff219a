import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openInterviewDatabase, type InterviewDatabase } from '../db/database';
import { backendEngineerKit } from '../kits/bundled/backend-engineer';
import { createKitService } from '../kits/kit-service';
import { NOT_YET_AN_INTERVIEW } from '../interviews/not-yet-an-interview';
import { parseMeetingUrl } from '../meeting/meeting-url';
import { DEFAULT_APPEARANCE } from '../settings/appearance-shape';
import { DEFAULT_LAYOUT } from '../settings/sidebar-layout';
import { createInProcessClient } from './in-process-client';

const meet = parseMeetingUrl('https://meet.google.com/abc-defg-hij')!;

let db: InterviewDatabase;
beforeEach(() => {
  db = openInterviewDatabase(`in-process-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

describe('the in-process client', () => {
  it('sends arguments and answers through JSON, as runtime messaging does', async () => {
    const client = createInProcessClient(db, null);
    // JSON.stringify calls toJSON: the service receives what the wire carries, not the object itself.
    const content = { toJSON: () => ({ ...backendEngineerKit, title: 'Sent as JSON' }) };
    await expect(createKitService(db).createKit(content)).rejects.toThrow(/not valid/);
    const kit = await client.kits.createKit(content);
    expect(kit.title).toBe('Sent as JSON');
    // The answer is parsed JSON too: a plain object.
    expect(Object.getPrototypeOf(kit)).toBe(Object.prototype);
  });

  it('answers a failed request with an Error carrying the message only', async () => {
    const client = createInProcessClient(db, null);
    await expect(client.kits.deleteKit('user:missing')).rejects.toThrow(Error);
    const failure = await client.kits.createKit({ title: '', questions: [] }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect(Object.getPrototypeOf(failure)).toBe(Error.prototype);
    expect((failure as Error).message).toMatch(/This kit is not valid/);
  });
});

describe("the in-process client's one tab", () => {
  it('opens its call: a meeting, a call that names none (the chooser), or no call', async () => {
    expect(await createInProcessClient(db, meet).openTabInterview()).toMatchObject({
      status: 'ready',
      session: { id: NOT_YET_AN_INTERVIEW, meetingKey: meet.key },
    });
    expect(await createInProcessClient(db, { platform: 'teams', meeting: null }).openInterviewForTab(1)).toEqual({
      status: 'choose',
      platform: 'teams',
      recent: [],
      layout: { ...DEFAULT_LAYOUT, dock: 'left' },
      appearance: DEFAULT_APPEARANCE,
    });
    expect(await createInProcessClient(db, null).openTabInterview()).toEqual({ status: 'not-a-meeting' });
  });

  it("the chooser's New gives the call a meeting of its own, on the platform's host, kept for the tab", async () => {
    const client = createInProcessClient(db, { platform: 'teams', meeting: null });
    const chosen = await client.chooseTabInterview({ sessionId: null });
    expect(chosen).toMatchObject({ status: 'ready', session: { platform: 'teams', meetingUrl: 'https://teams.microsoft.com' } });
    const key = chosen.status === 'ready' ? chosen.session.meetingKey : '';
    expect(key).toMatch(/^teams:call-/);
    expect(await client.openTabInterview()).toMatchObject({ session: { meetingKey: key } });
  });

  it('the first action creates the interview; a refused one fails with the message only', async () => {
    const client = createInProcessClient(db, meet);
    const boot = await client.openTabInterview();
    const questionId = boot.status === 'ready' ? boot.session.kit.questions[0]!.id : '';
    expect(
      await client.firstAction({ service: 'interviews', method: 'setRating', args: [NOT_YET_AN_INTERVIEW, questionId, 'yes'] }),
    ).toBeUndefined();
    expect((await db.sessions.toArray()).map((s) => s.meetingKey)).toEqual([meet.key]);
    const failure = await client
      .firstAction({ service: 'removal', method: 'deleteInterviews', args: [[NOT_YET_AN_INTERVIEW]] })
      .catch((error: unknown) => error);
    expect(Object.getPrototypeOf(failure)).toBe(Error.prototype);
    expect((failure as Error).message).toBe('removal.deleteInterviews cannot start an interview.');
  });
});

describe("the in-process client's live data", () => {
  it('delivers each change until unsubscribed; a surface attending its interview keeps the clock present', async () => {
    let time = 1_000;
    const client = createInProcessClient(db, meet, () => time);
    const boot = await client.openTabInterview();
    const questionId = boot.status === 'ready' ? boot.session.kit.questions[0]!.id : '';
    await client.firstAction({ service: 'interviews', method: 'setRating', args: [NOT_YET_AN_INTERVIEW, questionId, 'yes'] });
    const [session] = await db.sessions.toArray();

    const states: string[] = [];
    const stop = client.subscribe(
      'session',
      { sessionId: session!.id, attend: true },
      {
        next: (value) => states.push(value?.clock.state ?? 'none'),
        error: () => undefined,
      },
    );
    await vi.waitFor(() => expect(states).toEqual(['running']));
    time += 60_000;
    stop();
    // The last surface left: the clock pauses as away, and the ended subscription hears nothing.
    await vi.waitFor(async () => expect((await db.sessions.get(session!.id))?.clock.state).toBe('away'));
    expect(states).toEqual(['running']);
  });

  it('passes a failing query on as its message', async () => {
    const client = createInProcessClient(db, null);
    const errors: string[] = [];
    // No interview id: IndexedDB refuses the key.
    client.subscribe(
      'notes',
      { sessionId: undefined as unknown as string },
      { next: () => undefined, error: (message) => errors.push(message) },
    );
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    expect(errors[0]).toMatch(/key/i);
  });
});
