import { holdsStandIn, NOT_YET_AN_INTERVIEW } from '../interviews/not-yet-an-interview';
import type { InterviewSession } from '../interviews/interview-types';
import type { MeetingIdentity } from '../meeting/meeting-url';

/** The requests that may be the first thing done in a call: each creates its interview. */
export const FIRST_ACTIONS = [
  'saveNote',
  'setRating',
  'setQuestionMark',
  'setKitRedFlagSeen',
  'addRedFlag',
  'removeRedFlag',
  'setRedFlagNote',
  'chooseInterviewKit',
  'setClockRunning',
  'endInterview',
  'updateDetails',
  'setCurrentQuestion',
] as const;
export type FirstActionName = (typeof FIRST_ACTIONS)[number];

const withSession = (args: unknown[], sessionId: string) =>
  args.map((arg) => (arg === NOT_YET_AN_INTERVIEW ? sessionId : holdsStandIn(arg) ? { ...(arg as object), sessionId } : arg));

type Actions = Record<FirstActionName, (...args: never[]) => Promise<unknown>>;

/**
 * The first thing done in a call, in one request: the call's interview is created (or found, when
 * another surface created it a moment before) and the action applied to it. `acting` marks the
 * interview as attended while the action runs, so a first note starts the clock as it would with
 * the sidebar's subscription already open. The meeting comes from the sender's tab, never the page.
 */
export async function actInMeeting(
  service: Actions & { openInterview(meeting: MeetingIdentity): Promise<InterviewSession> },
  acting: Set<string>,
  meeting: MeetingIdentity | null,
  name: string,
  args: unknown,
): Promise<unknown> {
  if (!(FIRST_ACTIONS as readonly string[]).includes(name)) throw new Error(`${name} cannot start an interview.`);
  if (!Array.isArray(args)) throw new Error(`${name}: expected an argument list.`);
  if (!meeting) throw new Error('This tab is not a call: there is no interview to write to.');
  const session = await service.openInterview(meeting);
  acting.add(session.id);
  try {
    const method = service[name as FirstActionName] as (...a: unknown[]) => Promise<unknown>;
    return await method(...withSession(args, session.id));
  } finally {
    acting.delete(session.id);
  }
}
