import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** A runtime.Port the test drives: it records what the client posts and can drop like a stopped worker. */
class FakePort {
  posted: unknown[] = [];
  disconnected = false;
  private messageListeners: ((message: unknown) => void)[] = [];
  private disconnectListeners: (() => void)[] = [];
  onMessage = { addListener: (l: (message: unknown) => void) => void this.messageListeners.push(l) };
  onDisconnect = { addListener: (l: () => void) => void this.disconnectListeners.push(l) };
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  disconnect() {
    this.disconnected = true;
  }
  /** The background answers on this port. */
  deliver(message: unknown) {
    this.messageListeners.forEach((l) => l(message));
  }
  /** The service worker stops: the browser ends its ports. */
  drop() {
    this.disconnectListeners.forEach((l) => l());
  }
}

const ports: FakePort[] = [];
const runtime = vi.hoisted(() => ({ id: 'test-extension' as string | undefined }));
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: {
      get id() {
        return runtime.id;
      },
      connect: () => {
        const port = new FakePort();
        ports.push(port);
        return port;
      },
    },
  },
}));

const { createExtensionClient } = await import('./extension-client');

beforeEach(() => {
  vi.useFakeTimers();
  ports.length = 0;
  runtime.id = 'test-extension';
});
afterEach(() => vi.useRealTimers());

describe('the extension client’s live data', () => {
  it('subscribes again when the worker drops the port, backing off while it stays away, and keeps delivering', () => {
    const values: unknown[] = [];
    const stop = createExtensionClient().subscribe('notes', { sessionId: 's1' }, { next: (v) => values.push(v), error: () => undefined });
    expect(ports).toHaveLength(1);
    expect(ports[0]!.posted).toEqual([{ query: 'notes', params: { sessionId: 's1' } }]);
    ports[0]!.deliver({ kind: 'value', value: ['first'] });

    ports[0]!.drop();
    vi.advanceTimersByTime(0);
    expect(ports, 'at once after the first drop').toHaveLength(2);
    expect(ports[1]!.posted).toEqual([{ query: 'notes', params: { sessionId: 's1' } }]);
    // It drops again before answering: the next try waits a little longer.
    ports[1]!.drop();
    vi.advanceTimersByTime(49);
    expect(ports).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(ports).toHaveLength(3);

    ports[2]!.deliver({ kind: 'value', value: ['after the restart'] });
    expect(values).toEqual([['first'], ['after the restart']]);
    // An answer resets the back-off: the next drop reconnects at once.
    ports[2]!.drop();
    vi.advanceTimersByTime(0);
    expect(ports).toHaveLength(4);

    stop();
    expect(ports[3]!.disconnected).toBe(true);
    ports[3]!.drop();
    vi.advanceTimersByTime(10_000);
    expect(ports, 'no reconnection after unsubscribing').toHaveLength(4);
  });

  it('passes the background’s error on', () => {
    const errors: string[] = [];
    createExtensionClient().subscribe('kits', {}, { next: () => undefined, error: (m) => errors.push(m) });
    ports[0]!.deliver({ kind: 'error', message: 'The database could not be opened.' });
    expect(errors).toEqual(['The database could not be opened.']);
  });
});

describe('the extension client’s live lists', () => {
  it('applies patches to the rows it holds, and starts again from the whole list a new port sends', () => {
    const values: unknown[] = [];
    createExtensionClient().subscribe('notes', { sessionId: 's1' }, { next: (v) => values.push(v), error: () => undefined });
    ports[0]!.deliver({
      kind: 'value',
      value: [
        { id: 'a', text: 'R' },
        { id: 'b', text: '' },
      ],
    });
    ports[0]!.deliver({
      kind: 'patch',
      upsert: [
        { id: 'a', text: 'REST' },
        { id: 'c', text: 'new' },
      ],
      remove: ['b'],
    });
    expect(values.at(-1)).toEqual([
      { id: 'a', text: 'REST' },
      { id: 'c', text: 'new' },
    ]);
    ports[0]!.drop();
    vi.advanceTimersByTime(0);
    ports[1]!.deliver({ kind: 'value', value: [{ id: 'd', text: 'after the restart' }] });
    ports[1]!.deliver({ kind: 'patch', upsert: [{ id: 'e', text: '' }], remove: [] });
    expect(values.at(-1)).toEqual([
      { id: 'd', text: 'after the restart' },
      { id: 'e', text: '' },
    ]);
  });

  it('passes a single value (an interview) on as it is', () => {
    const values: unknown[] = [];
    createExtensionClient().subscribe('session', { sessionId: 's1' }, { next: (v) => values.push(v), error: () => undefined });
    ports[0]!.deliver({ kind: 'value', value: { id: 's1', candidateName: 'Ada' } });
    ports[0]!.deliver({ kind: 'value', value: null });
    expect(values).toEqual([{ id: 's1', candidateName: 'Ada' }, null]);
  });
});

describe('the extension client’s reconnection', () => {
  it('waits 0, 50, 250, 1000, then 3000 ms between tries while the worker stays away', () => {
    createExtensionClient().subscribe('kits', {}, { next: () => undefined, error: () => undefined });
    /** Drops the newest port and counts the milliseconds until the client opens the next one. */
    const waitAfterDrop = () => {
      const before = ports.length;
      ports.at(-1)!.drop();
      vi.advanceTimersByTime(0);
      let waited = 0;
      for (; ports.length === before && waited < 10_000; waited++) vi.advanceTimersByTime(1);
      return waited;
    };
    const waits = Array.from({ length: 6 }, waitAfterDrop);
    expect(waits).toEqual([0, 50, 250, 1000, 3000, 3000]);
  });

  it('does not reconnect once the extension was reloaded or removed (its old pages have no runtime id)', () => {
    createExtensionClient().subscribe('kits', {}, { next: () => undefined, error: () => undefined });
    runtime.id = undefined;
    ports[0]!.drop();
    vi.advanceTimersByTime(10_000);
    expect(ports).toHaveLength(1);
  });
});

describe('the extension client’s requests', () => {
  /** The background's side of runtime messaging: records each message and answers it. */
  function background(answer: (message: { type: string; data: unknown }) => unknown) {
    const received: { type: string; data: unknown }[] = [];
    // The fake browser reports an empty lastError at all times; a delivered message has none.
    vi.spyOn(fakeBrowser.runtime, 'lastError', 'get').mockReturnValue(undefined);
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(((
      message: { type: string; data: unknown },
      reply: (response: unknown) => void,
    ) => {
      received.push({ type: message.type, data: message.data });
      reply(answer(message));
    }) as never);
    return received;
  }
  afterEach(() => vi.restoreAllMocks());

  it('sends each request as one message and resolves with the answer', async () => {
    const received = background((m) => ({ res: `answer to ${m.type}` }));
    const client = createExtensionClient();
    const call = { service: 'interviews', method: 'setRating', args: ['not-yet-an-interview', 'q1', 'yes'] };
    expect(await client.kits.deleteKit('user:k1')).toBe('answer to request');
    await client.openTabInterview();
    await client.openInterviewForTab(5);
    await client.firstAction(call, 5);
    await client.chooseTabInterview({ sessionId: null, tabId: 5 });
    expect(received).toEqual([
      { type: 'request', data: { service: 'kits', method: 'deleteKit', args: ['user:k1'] } },
      { type: 'openTabInterview', data: undefined },
      { type: 'openInterviewForTab', data: 5 },
      { type: 'firstAction', data: { call, tabId: 5 } },
      { type: 'chooseTabInterview', data: { sessionId: null, tabId: 5 } },
    ]);
  });

  it("rejects with the background's error, by name and message", async () => {
    background(() => ({
      err: { name: 'RefusedSenderError', message: 'Refused: kits.deleteKit is answered only to the extension’s own pages.', stack: '' },
    }));
    const failure = await createExtensionClient()
      .kits.deleteKit('user:k1')
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect(failure).toMatchObject({
      name: 'RefusedSenderError',
      message: 'Refused: kits.deleteKit is answered only to the extension’s own pages.',
    });
  });
});
