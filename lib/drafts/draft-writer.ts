export type DraftStatus = { state: 'saving' } | { state: 'saved' } | { state: 'failed'; message: string };

/** Sends the latest value of one field; the request leaves synchronously. */
export type DraftSend = () => Promise<void>;

/**
 * Writes typed text as it is typed: one write in flight at a time, the latest value of each
 * field wins while it waits, and `flush` sends everything still waiting at once (on `pagehide`),
 * so closing the tab right after a keystroke loses nothing.
 */
export function createDraftWriter(onStatus?: (key: string, status: DraftStatus) => void) {
  const waiting = new Map<string, DraftSend>();
  const inFlight = new Map<string, number>();

  function send(key: string, run: DraftSend): Promise<void> {
    waiting.delete(key);
    inFlight.set(key, (inFlight.get(key) ?? 0) + 1);
    return run().then(
      () => settle(key),
      (error: unknown) => settle(key, error instanceof Error ? error.message : String(error)),
    );
  }

  function settle(key: string, failure?: string): void {
    const left = (inFlight.get(key) ?? 1) - 1;
    if (left > 0) inFlight.set(key, left);
    else inFlight.delete(key);
    if (failure !== undefined) onStatus?.(key, { state: 'failed', message: failure });
    else if (!isBusy(key)) onStatus?.(key, { state: 'saved' });
    pump();
  }

  function pump(): void {
    if (inFlight.size > 0) return;
    const next = waiting.entries().next();
    if (!next.done) void send(...next.value);
  }

  function isBusy(key: string): boolean {
    return inFlight.has(key) || waiting.has(key);
  }

  return {
    write(key: string, run: DraftSend): void {
      waiting.set(key, run);
      onStatus?.(key, { state: 'saving' });
      pump();
    },
    isBusy,
    /** Sends every waiting write now, without waiting for the one in flight. */
    flush(): Promise<void> {
      return Promise.all([...waiting].map(([key, run]) => send(key, run))).then(() => undefined);
    },
  };
}

export type DraftWriter = ReturnType<typeof createDraftWriter>;
