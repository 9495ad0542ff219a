import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

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
type MessageListener = (message: unknown, sender: { id?: string; tab?: unknown }) => unknown;
const messageListeners: MessageListener[] = [];
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
      onMessage: { addListener: (l: MessageListener) => void messageListeners.push(l), removeListener: () => undefined },
    },
  },
}));
const sent: unknown[] = [];
vi.mock('../messaging/protocol', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../messaging/protocol')>()),
  sendMessage: async (...message: unknown[]) => void sent.push(message),
}));

const { createExtensionClient } = await import('./extension-client');

/** A message as runtime messaging delivers it to every extension page. */
const deliverMessage = (message: unknown, sender: { id?: string; tab?: unknown }) => messageListeners.forEach((l) => l(message, sender));
const workerStarted = { tabMessage: 'workerStarted' };
const fromBackground = { id: 'test-extension' };

beforeEach(() => {
  vi.useFakeTimers();
  ports.length = 0;
  messageListeners.length = 0;
  sent.length = 0;
  runtime.id = 'test-extension';
});
afterEach(() => vi.useRealTimers());

describe('the extension client’s live data', () => {
  it('a surface attending an interview subscribes again at once when the worker drops the port, backing off while it stays away', () => {
    const values: unknown[] = [];
    const params = { sessionId: 's1', attend: true };
    const stop = createExtensionClient().subscribe('session', params, { next: (v) => values.push(v), error: () => undefined });
    expect(ports).toHaveLength(1);
    expect(ports[0]!.posted).toEqual([{ query: 'session', params }]);
    ports[0]!.deliver({ kind: 'value', value: ['first'] });

    ports[0]!.drop();
    vi.advanceTimersByTime(0);
    expect(ports, 'at once after the first drop').toHaveLength(2);
    expect(ports[1]!.posted).toEqual([{ query: 'session', params }]);
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

  it('any other subscription lets the worker sleep: it comes back when the worker starts again, or answers a request', async () => {
    const client = createExtensionClient();
    const values: unknown[] = [];
    client.subscribe('notes', { sessionId: 's1' }, { next: (v) => values.push(v), error: () => undefined });
    client.subscribe('kits', {}, { next: () => undefined, error: () => undefined });
    ports[0]!.drop();
    ports[1]!.drop();
    vi.advanceTimersByTime(60_000);
    expect(ports, 'nothing wakes the worker').toHaveLength(2);

    // Only the background says so: a content script (it sends from a tab) cannot.
    deliverMessage(workerStarted, { ...fromBackground, tab: { id: 1 } });
    deliverMessage({ tabMessage: 'focusNotesBox' }, fromBackground);
    expect(ports).toHaveLength(2);
    deliverMessage(workerStarted, fromBackground);
    expect(ports.map((p) => p.posted)).toEqual([
      [{ query: 'notes', params: { sessionId: 's1' } }],
      [{ query: 'kits', params: {} }],
      [{ query: 'notes', params: { sessionId: 's1' } }],
      [{ query: 'kits', params: {} }],
    ]);
    ports[2]!.deliver({ kind: 'value', value: ['after the restart'] });
    expect(values).toEqual([['after the restart']]);

    // Dropped again, and the start message missed: the page's own next request brings it back.
    ports[2]!.drop();
    await client.interviews.saveNote({ sessionId: 's1', questionId: 'q1', text: 'text' });
    expect(sent).toHaveLength(1);
    expect(ports, 'resubscribed once the request was answered').toHaveLength(5);
    expect(ports[4]!.posted).toEqual([{ query: 'notes', params: { sessionId: 's1' } }]);
  });

  it('does not come back after unsubscribing while waiting for the worker', () => {
    const stop = createExtensionClient().subscribe('kits', {}, { next: () => undefined, error: () => undefined });
    ports[0]!.drop();
    stop();
    deliverMessage(workerStarted, fromBackground);
    expect(ports).toHaveLength(1);
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
    deliverMessage(workerStarted, fromBackground);
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

describe('the extension client’s reconnection of an attending surface', () => {
  const attend = { sessionId: 's1', attend: true };

  it('waits 0, 50, 250, 1000, then 3000 ms between tries while the worker stays away', () => {
    createExtensionClient().subscribe('session', attend, { next: () => undefined, error: () => undefined });
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
    createExtensionClient().subscribe('session', attend, { next: () => undefined, error: () => undefined });
    runtime.id = undefined;
    ports[0]!.drop();
    vi.advanceTimersByTime(10_000);
    deliverMessage(workerStarted, fromBackground);
    expect(ports).toHaveLength(1);
  });
});

describe('the extension client’s requests', () => {
  it('sends each as one message of its kind', async () => {
    const client = createExtensionClient();
    const call = { service: 'interviews', method: 'setRating', args: ['not-yet-an-interview', 'q1', 'yes'] };
    await client.kits.deleteKit('user:k1');
    await client.openTabInterview('frame-secret');
    await client.openInterviewForTab(5);
    await client.firstAction(call, 5);
    await client.chooseTabInterview({ sessionId: null, tabId: 5 });
    expect(sent).toEqual([
      ['request', { service: 'kits', method: 'deleteKit', args: ['user:k1'] }],
      ['openTabInterview', 'frame-secret'],
      ['openInterviewForTab', 5],
      ['firstAction', { call, tabId: 5 }],
      ['chooseTabInterview', { sessionId: null, tabId: 5 }],
    ]);
  });
});
