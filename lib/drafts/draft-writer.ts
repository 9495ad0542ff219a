export type DraftStatus =
  | { state: 'saving' }
  | { state: 'saved' }
  /** The background kept newer text (another window typed later): the field shows the stored text. */
  | { state: 'superseded' }
  | { state: 'failed'; message: string };

/** What the background answers a typed write: whether it was applied or dropped as stale. */
export interface WriteOutcome {
  applied: boolean;
}

/** Sends one value of a field, stamped with its revision; the request leaves synchronously. */
export type DraftSend = (revision: number) => Promise<WriteOutcome | void>;

/**
 * Writes typed text as it is typed. Every change is sent at once: measured in Chromium, a message
 * sent from `pagehide` (or not at all, when the tab closes) does not reach the background, so the
 * page must never hold text it has not sent. Each write carries a revision that grows with time,
 * and the background drops a write older than one it already applied, so the latest text wins
 * even if two writes cross.
 */
export function createDraftWriter(onStatus?: (key: string, status: DraftStatus) => void, clock = () => Date.now()) {
  const inFlight = new Map<string, number>();
  // Per field: the newest revision sent, and whether the background dropped it as stale.
  const newestSent = new Map<string, number>();
  const superseded = new Set<string>();
  let lastRevision = 0;

  function nextRevision(): number {
    lastRevision = Math.max(lastRevision + 1, clock() * 1000);
    return lastRevision;
  }

  function settle(key: string, failure?: string): void {
    const left = (inFlight.get(key) ?? 1) - 1;
    if (left > 0) inFlight.set(key, left);
    else inFlight.delete(key);
    if (failure !== undefined) onStatus?.(key, { state: 'failed', message: failure });
    else if (left <= 0) onStatus?.(key, { state: superseded.has(key) ? 'superseded' : 'saved' });
  }

  return {
    write(key: string, send: DraftSend): void {
      inFlight.set(key, (inFlight.get(key) ?? 0) + 1);
      onStatus?.(key, { state: 'saving' });
      const revision = nextRevision();
      newestSent.set(key, revision);
      superseded.delete(key);
      send(revision).then(
        (outcome) => {
          if (outcome?.applied === false && newestSent.get(key) === revision) superseded.add(key);
          settle(key);
        },
        (error: unknown) => settle(key, error instanceof Error ? error.message : String(error)),
      );
    },
    isBusy(key: string): boolean {
      return inFlight.has(key);
    },
  };
}

export type DraftWriter = ReturnType<typeof createDraftWriter>;
