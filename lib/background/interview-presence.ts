import type { InterviewService } from '../interviews/interview-service';

/** Where the last time each attended interview had a surface is kept across worker restarts. */
export interface PresenceMemory {
  read(): Promise<Record<string, number>>;
  write(seen: Record<string, number>): Promise<void>;
}

// A clock that could not move (the interview was deleted, the database closed) is no reason to
// fail the surface's subscription; the next attach or sweep tries again.
const ignoreFailure = (work: Promise<unknown>) => void work.catch(() => undefined);

type ClockPresence = Pick<InterviewService, 'setPresent' | 'pauseAbandoned'>;

/**
 * Counts the open surfaces (in-page sidebar, side panel) of each interview. The first to open
 * resumes a clock that was away; when the last one goes, the clock pauses as away. Nothing ticks:
 * it acts only when a surface comes or goes.
 */
export function createInterviewPresence(service: () => ClockPresence, memory: PresenceMemory, now: () => number = Date.now) {
  const surfaces = new Map<string, number>();
  let pending = Promise.resolve();
  // Memory writes in order, so a late write never brings back an entry that was removed.
  const remember = (change: (seen: Record<string, number>) => void) =>
    (pending = pending
      .then(async () => {
        const seen = await memory.read();
        change(seen);
        await memory.write(seen);
      })
      .catch(() => undefined));

  return {
    /** Whether a sidebar or side panel of the interview is open now. */
    isAttended: (sessionId: string) => surfaces.has(sessionId),

    /** A surface of the interview opened; the returned function says it closed. */
    attach(sessionId: string): () => void {
      const count = surfaces.get(sessionId) ?? 0;
      surfaces.set(sessionId, count + 1);
      if (count === 0) ignoreFailure(service().setPresent(sessionId, true));
      void remember((seen) => void (seen[sessionId] = now()));
      let attached = true;
      return () => {
        if (!attached) return;
        attached = false;
        const left = (surfaces.get(sessionId) ?? 1) - 1;
        if (left > 0) return void surfaces.set(sessionId, left);
        surfaces.delete(sessionId);
        ignoreFailure(service().setPresent(sessionId, false, now()));
        void remember((seen) => void delete seen[sessionId]);
      };
    },

    /** At worker start: interviews attended before it that no surface reopened are paused as away. */
    async sweep(): Promise<void> {
      const seen = await memory.read();
      const gone = Object.entries(seen).filter(([id]) => !surfaces.has(id));
      // A surface may come back while earlier ones are paused: its interview is attended again, not abandoned.
      for (const [id, at] of gone) if (!surfaces.has(id)) await service().pauseAbandoned(id, at);
      if (gone.length) await remember((current) => gone.forEach(([id]) => !surfaces.has(id) && delete current[id]));
    },
  };
}

export type InterviewPresence = ReturnType<typeof createInterviewPresence>;
