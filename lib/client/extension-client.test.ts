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
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: {
      id: 'test-extension',
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
