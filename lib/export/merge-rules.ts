/**
 * How merge-restore settles one record that exists both here and in the file. The newer version
 * wins, but a time stamped in the future (a clock set wrong, a hand-edited file) proves nothing and
 * would win every later merge, so it counts as older than any honest time. The text of the losing
 * version is never dropped: it is appended to the winner as a visible conflict copy.
 */

/** Clocks of two machines disagree a little; beyond this, a time in the future is not believed. */
export const FUTURE_SKEW_MS = 5 * 60_000;

/** The heading of a conflict copy, in the text itself, so every view and export shows it. */
export const CONFLICT_COPY_HEADING = '--- Conflict copy: the other version, kept by merge-restore ---';

/** A time to compare by: a time in the future beyond the skew loses to every honest one. */
export function trustedTime(updatedAt: number, now: number): number {
  return updatedAt > now + FUTURE_SKEW_MS ? -Infinity : updatedAt;
}

/** Whether the file's version beats the local one (a tie keeps the local one, so a second restore changes nothing). */
export function incomingWins(local: { updatedAt: number }, incoming: { updatedAt: number }, now: number): boolean {
  return trustedTime(incoming.updatedAt, now) > trustedTime(local.updatedAt, now);
}

/**
 * The winner's text with the loser's appended under CONFLICT_COPY_HEADING, or null when nothing
 * would be lost (the loser is empty, the same, or already kept in the winner).
 */
export function withConflictCopy(winner: string, loser: string, maxLength: number): string | null {
  if (!loser.trim() || winner.includes(loser)) return null;
  const joined = winner.trim() ? `${winner}\n\n${CONFLICT_COPY_HEADING}\n${loser}` : loser;
  // A field has a size limit that a later backup must pass; the winner is kept whole, the copy is cut.
  return joined.length <= maxLength ? joined : `${joined.slice(0, maxLength - 1)}…`;
}

/** A time stamped in the future is written as now, so it stops winning later merges. */
export function honestTime(updatedAt: number, now: number): number {
  return updatedAt > now + FUTURE_SKEW_MS ? now : updatedAt;
}
