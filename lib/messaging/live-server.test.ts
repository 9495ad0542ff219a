import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openInterviewDatabase, type InterviewDatabase } from '../db/database';
import { createInterviewService } from '../interviews/interview-service';
import { parseMeetingUrl } from '../meeting/meeting-url';
import { serveLiveQueries } from './live-server';
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

function connectTo(db: InterviewDatabase) {
  const listeners: ((port: never) => void)[] = [];
  serveLiveQueries(() => db, { addListener: (l) => listeners.push(l as never) });
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
  it('posts the current value, then every change, until the port disconnects', async () => {
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
    expect(surface.posted[1]).toMatchObject({ kind: 'value', value: [{ text: 'hello' }] });

    surface.disconnect();
    await service.saveNote({ sessionId: session.id, questionId: session.kit.questions[0]!.id, text: 'after' });
    await new Promise((r) => setTimeout(r, 50));
    expect(surface.posted).toHaveLength(2);
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
});
