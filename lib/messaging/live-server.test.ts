import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openInterviewDatabase, type InterviewDatabase } from '../db/database';
import { createInterviewService } from '../interviews/interview-service';
import { parseMeetingUrl } from '../meeting/meeting-url';
import { errorMessage, serveLiveQueries } from './live-server';
import { LIVE_PORT_NAME, type LiveUpdate } from './protocol';

/** A runtime.Port stand-in: what the background posts is collected, the surface's messages are fed in. */
function fakePort(name = LIVE_PORT_NAME) {
  const messageListeners = new Set<(m: unknown) => void>();
  const disconnectListeners = new Set<() => void>();
  const posted: LiveUpdate[] = [];
  const port = {
    name,
    postMessage: (m: LiveUpdate) => posted.push(m),
    onMessage: {
      addListener: (l: (m: unknown) => void) => messageListeners.add(l),
      removeListener: (l: (m: unknown) => void) => messageListeners.delete(l),
    },
    onDisconnect: { addListener: (l: () => void) => disconnectListeners.add(l) },
  };
  return {
    port,
    posted,
    send: (m: unknown) => [...messageListeners].forEach((l) => l(m)),
    disconnect: () => [...disconnectListeners].forEach((l) => l()),
  };
}

type ServeOptions = Parameters<typeof serveLiveQueries>;
function connectTo(db: InterviewDatabase, onSubscribe?: ServeOptions[2], allowed?: ServeOptions[3]) {
  const listeners: ((port: never) => void)[] = [];
  serveLiveQueries(() => db, { addListener: (l) => listeners.push(l as never) }, onSubscribe, allowed);
  return (fake: ReturnType<typeof fakePort>) => listeners.forEach((l) => l(fake.port as never));
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
};

let db: InterviewDatabase;
beforeEach(() => {
  db = openInterviewDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

describe('serveLiveQueries', () => {
  it('posts the current value, then each change as a patch of the changed rows, until the port disconnects', async () => {
    const service = createInterviewService(db);
    const session = await service.openInterview(parseMeetingUrl('https://meet.google.com/abc-defg-hij')!);
    const connect = connectTo(db);
    const surface = fakePort();
    connect(surface);
    surface.send({ query: 'notes', params: { sessionId: session.id } });
    await until(() => surface.posted.length === 1);
    expect(surface.posted[0]).toEqual({ kind: 'value', value: [] });

    await service.saveNote({ sessionId: session.id, questionId: session.kit.questions[0]!.id, text: 'hello' });
    await until(() => surface.posted.length === 2);
    expect(surface.posted[1]).toMatchObject({ kind: 'patch', upsert: [{ text: 'hello' }], remove: [] });

    surface.disconnect();
    await service.saveNote({ sessionId: session.id, questionId: session.kit.questions[0]!.id, text: 'after' });
    await new Promise((r) => setTimeout(r, 50));
    expect(surface.posted).toHaveLength(2);
  });

  it('sends a note keystroke as that note alone: the session subscription hears nothing, the notes one gets one row', async () => {
    const service = createInterviewService(db);
    const session = await service.openInterview(parseMeetingUrl('https://meet.google.com/abc-defg-hij')!);
    const [first, second] = session.kit.questions;
    await service.saveNote({ sessionId: session.id, questionId: second!.id, text: 'an earlier answer' });
    const connect = connectTo(db);
    const sessionSurface = fakePort();
    const notesSurface = fakePort();
    connect(sessionSurface);
    connect(notesSurface);
    sessionSurface.send({ query: 'session', params: { sessionId: session.id } });
    notesSurface.send({ query: 'notes', params: { sessionId: session.id } });
    await until(() => sessionSurface.posted.length === 1 && notesSurface.posted.length === 1);
    // The earlier note started the clock already: from here on only note fields change.
    for (const text of ['R', 'RE', 'RES', 'REST']) {
      await service.saveNote({ sessionId: session.id, questionId: first!.id, text });
    }
    const lastText = () => JSON.stringify(notesSurface.posted.at(-1)).includes('"REST"');
    await until(lastText);
    await new Promise((r) => setTimeout(r, 50));
    expect(sessionSurface.posted).toHaveLength(1);
    const last = notesSurface.posted.at(-1)!;
    expect(last).toMatchObject({ kind: 'patch', upsert: [{ questionId: first!.id, text: 'REST' }], remove: [] });
    const stored = await db.notes.get(`${session.id}/${first!.id}`);
    expect(JSON.stringify(last).length).toBeLessThan(2 * JSON.stringify(stored).length);
  });

  it('answers an unknown query with an error naming it', async () => {
    const connect = connectTo(db);
    const surface = fakePort();
    connect(surface);
    surface.send({ query: 'everything', params: {} });
    expect(surface.posted).toEqual([{ kind: 'error', message: 'Unknown live query: everything' }]);
  });

  it('ignores ports of other names', () => {
    const connect = connectTo(db);
    const other = fakePort('something-else');
    connect(other);
    other.send({ query: 'kits', params: {} });
    expect(other.posted).toEqual([]);
  });

  it('answers a name that is not a query of its own, or no request at all, with an error naming it', () => {
    const connect = connectTo(db);
    const inherited = fakePort();
    connect(inherited);
    inherited.send({ query: 'toString', params: {} });
    const empty = fakePort();
    connect(empty);
    empty.send(null);
    expect([...inherited.posted, ...empty.posted]).toEqual([
      { kind: 'error', message: 'Unknown live query: toString' },
      { kind: 'error', message: 'Unknown live query: undefined' },
    ]);
  });

  it('refuses a port the background does not allow, with the reason, and closes it', () => {
    const connect = connectTo(db, undefined, () => false);
    const page = fakePort();
    let closed = false;
    Object.assign(page.port, { disconnect: () => (closed = true) });
    connect(page);
    page.send({ query: 'kits', params: {} });
    expect(page.posted).toEqual([{ kind: 'error', message: "Refused: live data is sent only to the extension's own pages." }]);
    expect(closed).toBe(true);
  });

  it('tells the background of each subscription and of its end, once the first message names it', async () => {
    const events: string[] = [];
    const connect = connectTo(db, (request) => {
      events.push(`subscribed ${request.query}`);
      return () => events.push(`left ${request.query}`);
    });
    const surface = fakePort();
    connect(surface);
    expect(events).toEqual([]);
    surface.send({ query: 'meetingSessionId', params: { meetingKey: 'meet:none' } });
    // Only the first message subscribes.
    surface.send({ query: 'kits', params: {} });
    await until(() => surface.posted.length === 1);
    expect(surface.posted).toEqual([{ kind: 'value', value: null }]);
    surface.disconnect();
    expect(events).toEqual(['subscribed meetingSessionId', 'left meetingSessionId']);
  });

  it("sends the id of a call's interview once it exists", async () => {
    const service = createInterviewService(db);
    const meeting = parseMeetingUrl('https://meet.google.com/abc-defg-hij')!;
    const connect = connectTo(db);
    const surface = fakePort();
    connect(surface);
    surface.send({ query: 'meetingSessionId', params: { meetingKey: meeting.key } });
    await until(() => surface.posted.length === 1);
    const session = await service.openInterview(meeting);
    await until(() => surface.posted.length === 2);
    expect(surface.posted).toEqual([
      { kind: 'value', value: null },
      { kind: 'value', value: session.id },
    ]);
  });

  it('a surface gone before its answer is no error', async () => {
    const connect = connectTo(db);
    const surface = fakePort();
    let tried = 0;
    Object.assign(surface.port, {
      postMessage: () => {
        tried++;
        throw new Error('Attempting to use a disconnected port object');
      },
    });
    connect(surface);
    surface.send({ query: 'kits', params: {} });
    await until(() => tried === 1);
  });
});

describe('errorMessage', () => {
  it("is an Error's message, or the thrown value as text", () => {
    expect(errorMessage(new TypeError('Invalid key'))).toBe('Invalid key');
    expect(errorMessage('quota exceeded')).toBe('quota exceeded');
  });
});
