import { holdsStandIn, NOT_YET_AN_INTERVIEW } from '../interviews/not-yet-an-interview';
import type { InterviewSession } from '../interviews/interview-types';
import type { MeetingIdentity } from '../meeting/meeting-url';
import { dispatchRequest, isRequestCall } from '../messaging/request-proxy';

/** The requests of the interviews service that may be the first thing done in a call: each creates its interview. */
export const FIRST_ACTIONS: readonly string[] = [
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
];

const withSession = (args: unknown[], sessionId: string) =>
  args.map((arg) => (arg === NOT_YET_AN_INTERVIEW ? sessionId : holdsStandIn(arg) ? { ...(arg as object), sessionId } : arg));

/**
 * The first thing done in a call, in one request: the call's interview is created (or found, when
 * another surface created it a moment before) and the request applied to it. `acting` marks the
 * interview as attended while the request runs, so a first note starts the clock as it would with
 * the sidebar's subscription already open. The meeting comes from the sender's tab, never the page.
 */
export async function actInMeeting(
  requests: object,
  openInterview: (meeting: MeetingIdentity) => Promise<InterviewSession>,
  acting: Set<string>,
  meeting: MeetingIdentity | null,
  call: unknown,
): Promise<unknown> {
  if (!isRequestCall(call)) throw new Error('A request needs a service, a method and a list of arguments.');
  if (call.service !== 'interviews' || !FIRST_ACTIONS.includes(call.method)) {
    throw new Error(`${call.service}.${call.method} cannot start an interview.`);
  }
  if (!meeting) throw new Error('This tab is not a call: there is no interview to write to.');
  const session = await openInterview(meeting);
  acting.add(session.id);
  try {
    return await dispatchRequest(requests, { ...call, args: withSession(call.args, session.id) });
  } finally {
    acting.delete(session.id);
  }
}
