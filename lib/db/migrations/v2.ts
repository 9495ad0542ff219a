import type { Transaction } from 'dexie';
import type { SchemaVersion } from './schema-version';

/** The shapes as version 1 stored them, for the upgrade and its test. */
export interface SessionV1 {
  id: string;
  meetingKey: string;
  platform: 'meet' | 'zoom';
  meetingCode: string;
  meetingUrl: string;
  kitId: string;
  kit: { title: string; questions: { id: string; text: string }[]; redFlags: string[] };
  currentQuestionIndex: number;
  createdAt: number;
  updatedAt: number;
}
export interface NoteV1 {
  id: string;
  sessionId: string;
  questionId: string;
  text: string;
  updatedAt: number;
}

/**
 * Version 2: the scorecard. Sessions gain interview details, a clock, red flags seen and the
 * wrap-up; notes gain a rating, a hand mark and time spent; a settings table remembers the
 * interviewer's name. Version 1 kept no times, so an upgraded interview's clock starts stopped at 0.
 */
export const version2: SchemaVersion = {
  version: 2,
  stores: {
    settings: 'key',
  },
  async upgrade(tx: Transaction) {
    await tx
      .table('sessions')
      .toCollection()
      .modify((session: SessionV1 & Record<string, unknown>) => {
        session.candidateName ??= '';
        session.interviewerName ??= '';
        session.startedAt ??= session.createdAt;
        // Frozen: the default as it was in version 2, whatever the live default becomes.
        session.plannedMinutes ??= 45;
        session.clock ??= { elapsedMs: 0, runningSince: null, questionSince: null };
        session.redFlagsSeen ??= [];
        session.recommendation ??= null;
        session.summary ??= '';
      });
    await tx
      .table('notes')
      .toCollection()
      .modify((note: NoteV1 & Record<string, unknown>) => {
        note.rating ??= null;
        note.mark ??= null;
        note.spentMs ??= 0;
      });
  },
};
