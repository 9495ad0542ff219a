import type { SaveNoteInput } from '../interviews/interview-service';

export type NoteWriteStatus = { state: 'saving' } | { state: 'saved' } | { state: 'failed'; message: string };

export interface NoteWriterOptions {
  /** Sends one write; the request leaves synchronously and the promise settles when it is stored. */
  save: (input: SaveNoteInput) => Promise<void>;
  /** Told whenever a note starts saving, is stored, or fails to save. */
  onStatus?: (key: string, status: NoteWriteStatus) => void;
}

export function noteKey({ sessionId, questionId }: Pick<SaveNoteInput, 'sessionId' | 'questionId'>): string {
  return `${sessionId}/${questionId}`;
}

/**
 * Writes notes as they are typed: one write in flight at a time, the latest text wins while it
 * waits, and `flush` sends everything still waiting at once (for `pagehide`), so closing the tab
 * right after a keystroke loses nothing.
 */
export function createNoteWriter({ save, onStatus }: NoteWriterOptions) {
  const waiting = new Map<string, SaveNoteInput>();
  const inFlight = new Map<string, number>();

  function send(key: string, input: SaveNoteInput): Promise<void> {
    waiting.delete(key);
    inFlight.set(key, (inFlight.get(key) ?? 0) + 1);
    return save(input).then(
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
    write(input: SaveNoteInput): void {
      const key = noteKey(input);
      waiting.set(key, input);
      onStatus?.(key, { state: 'saving' });
      pump();
    },
    isBusy,
    /** Sends every waiting write now, without waiting for the one in flight. */
    flush(): Promise<void> {
      return Promise.all([...waiting].map(([key, input]) => send(key, input))).then(() => undefined);
    },
  };
}

export type NoteWriter = ReturnType<typeof createNoteWriter>;
