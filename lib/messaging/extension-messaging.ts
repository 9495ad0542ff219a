import { browser, type Browser } from 'wxt/browser';

/** A message on the wire: its type and its one argument. */
interface WireMessage {
  type: string;
  data?: unknown;
}

/** The answer on the wire: the handler's result, or its error's message (runtime messaging carries JSON only). */
type WireAnswer = { res: unknown } | { err: { message: string } };

type Handler = (message: { data: unknown; sender: Browser.runtime.MessageSender }) => unknown;
type Protocol<M> = { [K in keyof M]: (...args: never[]) => unknown };

const isWireMessage = (value: unknown): value is WireMessage =>
  typeof value === 'object' && value !== null && typeof (value as WireMessage).type === 'string';

/**
 * Typed requests from the extension's pages to the background over plain `runtime` messaging: one
 * listener, one handler per type, each answer a `{ res }` or `{ err }`. A few lines instead of a
 * messaging library, which every surface's first screen would load (docs/architecture.md).
 */
export function defineExtensionMessaging<M extends Protocol<M>>() {
  const handlers = new Map<string, Handler>();
  let listening = false;

  function listen() {
    listening = true;
    browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (answer: WireAnswer) => void) => {
      const handler = isWireMessage(message) ? handlers.get(message.type) : undefined;
      // Not ours (a content script's query, another listener's message): left to the other listeners.
      if (!handler) return undefined;
      Promise.resolve()
        .then(() => handler({ data: (message as WireMessage).data, sender }))
        .then(
          (res) => sendResponse({ res }),
          (error: unknown) => sendResponse({ err: { message: error instanceof Error ? error.message : String(error) } }),
        );
      return true;
    });
  }

  return {
    async sendMessage<K extends keyof M & string>(type: K, ...data: Parameters<M[K]>): Promise<Awaited<ReturnType<M[K]>>> {
      const message: WireMessage = { type, data: data[0] };
      const answer = (await browser.runtime.sendMessage(message)) as WireAnswer | undefined;
      if (!answer) throw new Error(`No answer to ${type}.`);
      if ('err' in answer) throw new Error(answer.err.message);
      return answer.res as Awaited<ReturnType<M[K]>>;
    },
    onMessage<K extends keyof M & string>(
      type: K,
      handler: (message: {
        data: Parameters<M[K]>[0];
        sender: Browser.runtime.MessageSender;
      }) => ReturnType<M[K]> | Promise<ReturnType<M[K]>>,
    ): void {
      if (handlers.has(type)) throw new Error(`Only one handler may answer ${type}.`);
      handlers.set(type, handler as Handler);
      if (!listening) listen();
    },
  };
}
