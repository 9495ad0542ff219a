/**
 * The id of a call's interview before it exists. Opening a call writes nothing (an interviewer
 * also joins stand-ups there): the sidebar shows a stand-in with this id (lib/interviews/interview-boot.ts),
 * and the first thing done in it (a keystroke, a rating, a red flag, a kit, Start) creates the
 * interview in the same request (lib/background/first-action.ts), so no keystroke waits for a
 * second round trip.
 */
export const NOT_YET_AN_INTERVIEW = 'not-yet-an-interview';

export const isNotYetAnInterview = (session: { id: string }) => session.id === NOT_YET_AN_INTERVIEW;

/** Whether a request argument names the interview that does not exist yet. */
export function holdsStandIn(arg: unknown): boolean {
  return (
    arg === NOT_YET_AN_INTERVIEW ||
    (typeof arg === 'object' && arg !== null && (arg as { sessionId?: unknown }).sessionId === NOT_YET_AN_INTERVIEW)
  );
}
