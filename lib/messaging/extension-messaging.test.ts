import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (message: unknown, sender: unknown, sendResponse: (answer: unknown) => void) => unknown;
const listeners: Listener[] = [];
const sender = { id: 'test-extension', url: 'chrome-extension://test-extension/sidebar.html' };

/** runtime messaging between two contexts of one test: JSON on the wire, the first listener that keeps the channel answers. */
function deliver(message: unknown): Promise<unknown> {
  const wire = JSON.parse(JSON.stringify(message)) as unknown;
  return new Promise((resolve) => {
    const kept = listeners.map((listener) => listener(wire, sender, (answer) => resolve(JSON.parse(JSON.stringify(answer)))));
    if (!kept.includes(true)) resolve(undefined);
  });
}

vi.mock('wxt/browser', () => ({
  browser: { runtime: { sendMessage: deliver, onMessage: { addListener: (l: Listener) => void listeners.push(l) } } },
}));
const { defineExtensionMessaging } = await import('./extension-messaging');

interface TestProtocol {
  double(n: number): number;
  fail(): void;
  whoAsks(): string | undefined;
}

beforeEach(() => {
  listeners.length = 0;
});

describe('extension messaging', () => {
  it('answers each type with its handler, with the sender as the browser gives it', async () => {
    const { sendMessage, onMessage } = defineExtensionMessaging<TestProtocol>();
    onMessage('double', ({ data }) => data * 2);
    onMessage('whoAsks', async ({ sender: from }) => from.url);
    await expect(sendMessage('double', 21)).resolves.toBe(42);
    await expect(sendMessage('whoAsks')).resolves.toBe(sender.url);
  });

  it('rejects with an Error carrying the handler’s message', async () => {
    const { sendMessage, onMessage } = defineExtensionMessaging<TestProtocol>();
    onMessage('fail', () => {
      throw new Error('Refused: not for you.');
    });
    const failure = await sendMessage('fail').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toBe('Refused: not for you.');
  });

  it('leaves messages it has no handler for to other listeners, and says when nobody answered', async () => {
    const { sendMessage, onMessage } = defineExtensionMessaging<TestProtocol>();
    onMessage('double', ({ data }) => data * 2);
    expect(listeners[0]!({ type: 'fail' }, sender, () => undefined)).toBeUndefined();
    expect(listeners[0]!({ 'interview-sidebar:tab-call': true }, sender, () => undefined)).toBeUndefined();
    for (const notOurs of [null, 'double', 42, { type: 7, data: 1 }])
      expect(listeners[0]!(notOurs, sender, () => undefined)).toBeUndefined();
    await expect(sendMessage('whoAsks')).rejects.toThrow('No answer to whoAsks.');
  });

  it('takes one handler per type, with one runtime listener for all', () => {
    const { onMessage } = defineExtensionMessaging<TestProtocol>();
    onMessage('double', ({ data }) => data);
    onMessage('fail', () => undefined);
    expect(() => onMessage('double', ({ data }) => data)).toThrow(/Only one handler/);
    expect(listeners).toHaveLength(1);
  });
});
