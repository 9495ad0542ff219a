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
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: {
      id: 'test-extension',
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
