import type { InterviewDatabase } from '../db/database';
import type { MeetingIdentity } from '../meeting/meeting-url';
import { DEFAULT_KIT_ID } from '../kits/bundled-kits';
import { backendEngineerKit } from '../kits/bundled/backend-engineer';
import type { KitContent } from '../kits/kit-types';
import { DEFAULT_PLANNED_MINUTES, noteId, NOT_STARTED_CLOCK, type InterviewSession, type QuestionNote } from './interview-types';
import { kitSnapshot } from './kit-snapshot';
import { NOT_YET_AN_INTERVIEW } from './not-yet-an-interview';

/** A new interview of `meeting`, not started, with `kit`. */
export function newSession(
  id: string,
  meeting: MeetingIdentity,
  kit: { id: string; content: KitContent },
  interviewerName: string,
  at: number,
): InterviewSession {
  return {
    id,
    meetingKey: meeting.key,
    platform: meeting.platform,
    meetingCode: meeting.code,
    meetingUrl: meeting.url,
    kitId: kit.id,
    kit: kit.content,
    currentQuestionIndex: 0,
    candidateName: '',
    interviewerName,
    startedAt: at,
    plannedMinutes: DEFAULT_PLANNED_MINUTES,
    // Opening a call is not interviewing yet: the clock starts with the first evidence or Start.
    clock: NOT_STARTED_CLOCK,
    redFlagsSeen: [],
    recommendation: null,
    summary: '',
    createdAt: at,
    updatedAt: at,
  };
}

const bundledDefault = () => ({ id: DEFAULT_KIT_ID, content: structuredClone(backendEngineerKit) });

/** The kit a new interview would start with, read only: the one chosen last, else the default (from the code if not installed yet). */
async function peekStartingKit(db: InterviewDatabase): Promise<{ id: string; content: KitContent }> {
  const lastId = (await db.settings.get('lastKitId'))?.value;
  const kit = (lastId ? await db.kits.get(lastId) : undefined) ?? (await db.kits.get(DEFAULT_KIT_ID));
  return kit ? { id: kit.id, content: kitSnapshot(kit) } : bundledDefault();
}

/** What a new call's stand-in is made of, whatever the meeting: its kit and the interviewer's name. */
export type StandIn = Pick<InterviewSession, 'kitId' | 'kit' | 'interviewerName'>;

/** A new call's stand-in (NOT_YET_AN_INTERVIEW) for `meeting`. */
const standInSession = (meeting: MeetingIdentity, { kitId, kit, interviewerName }: StandIn, now: number) =>
  newSession(NOT_YET_AN_INTERVIEW, meeting, { id: kitId, content: kit }, interviewerName, now);

/** The starting kit (read only) and the interviewer's name. */
export async function startingStandIn(db: InterviewDatabase): Promise<StandIn> {
  const interviewerName = (await db.settings.get('interviewerName'))?.value ?? '';
  const { id, content } = await peekStartingKit(db);
  return { kitId: id, kit: content, interviewerName };
}

/**
 * The first screen right after installing, before anything opened the database: there can be no
 * interview and no chosen kit yet, so the stand-in is made from the code and the database is not
 * created for a call where nothing may be done.
 */
export function bootBeforeAnyDatabase(meeting: MeetingIdentity, now: number): { session: InterviewSession; note: null } {
  return { session: standInSession(meeting, bundledStandIn(), now), note: null };
}

/** What the stand-in is made of right after installing: the bundled default kit, no interviewer's name yet. */
export function bundledStandIn(): StandIn {
  const { id, content } = bundledDefault();
  return { kitId: id, kit: content, interviewerName: '' };
}

/**
 * What the sidebar's first screen shows, without writing anything: the call's interview and its
 * current question's note, or, before the interview exists, the stand-in with the starting kit.
 */
export async function bootInterview(
  db: InterviewDatabase,
  meeting: MeetingIdentity,
  now: number,
): Promise<{ session: InterviewSession; note: QuestionNote | null }> {
  return db.transaction('r', [db.sessions, db.notes, db.kits, db.settings], async () => {
    const session = await db.sessions.where('meetingKey').equals(meeting.key).first();
    if (!session) {
      return { session: standInSession(meeting, await startingStandIn(db), now), note: null };
    }
    const question = session.kit.questions[session.currentQuestionIndex];
    const note = question ? await db.notes.get(noteId(session.id, question.id)) : undefined;
    return { session, note: note ?? null };
  });
}
