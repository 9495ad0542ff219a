import type { Transaction } from 'dexie';
import type { SchemaVersion } from './schema-version';

/** The clock as version 2 stored it. */
export interface ClockV2 {
  elapsedMs: number;
  runningSince: number | null;
  questionSince: number | null;
}

/**
 * Version 3: the clock says where it stands (not started, running, paused, away, ended). Version 2
 * started every clock when the call opened and never stopped it, so a clock still running is
 * stopped at the interview's last change (`updatedAt`), the last moment anyone was known to be
 * there, and marked `away`: it resumes when the interview is opened again. Stopped clocks keep
 * their time; one that never counted is `not-started`. No index changes.
 */
export const version3: SchemaVersion = {
  version: 3,
  stores: {},
  async upgrade(tx: Transaction) {
    const stretches = new Map<string, { stretch: number; at: number }>();
    await tx
      .table('sessions')
      .toCollection()
      .modify(
        (session: {
          id: string;
          updatedAt: number;
          currentQuestionIndex: number;
          kit: { questions: { id: string }[] };
          clock: ClockV2 & { state?: string };
        }) => {
          const { elapsedMs, runningSince, questionSince } = session.clock;
          if (runningSince === null) {
            session.clock = { state: elapsedMs > 0 ? 'paused' : 'not-started', elapsedMs, runningSince: null, questionSince: null };
            return;
          }
          const until = Math.max(session.updatedAt, runningSince);
          const question = session.kit.questions[session.currentQuestionIndex];
          if (question && questionSince !== null)
            stretches.set(`${session.id}/${question.id}`, { stretch: Math.max(0, until - questionSince), at: until });
          session.clock = { state: 'away', elapsedMs: elapsedMs + (until - runningSince), runningSince: null, questionSince: null };
        },
      );
    // The stopped stretch is booked to the question that was current, as stopping a clock does.
    for (const [id, { stretch, at }] of stretches) {
      const note = (await tx.table('notes').get(id)) as { spentMs: number } | undefined;
      if (note) await tx.table('notes').update(id, { spentMs: note.spentMs + stretch });
      else if (stretch > 0) {
        const cut = id.indexOf('/');
        const row = {
          id,
          sessionId: id.slice(0, cut),
          questionId: id.slice(cut + 1),
          text: '',
          rating: null,
          mark: null,
          spentMs: stretch,
          updatedAt: at,
        };
        await tx.table('notes').add(row);
      }
    }
  },
};
