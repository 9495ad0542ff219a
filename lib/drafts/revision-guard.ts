/**
 * Remembers the newest revision applied per field, so a write that arrives after a newer one
 * (two surfaces typing, or two messages crossing) is dropped instead of overwriting newer text.
 * In memory: after the service worker restarts, in-flight writes from before are long settled.
 */
export function createRevisionGuard(limit = 2_000) {
  const newest = new Map<string, number>();
  return {
    /** True when `revision` is newer than any applied to `key` (or when there is none to compare). */
    accept(key: string, revision: number | undefined): boolean {
      if (revision === undefined) return true;
      const seen = newest.get(key);
      if (seen !== undefined && revision <= seen) return false;
      newest.delete(key);
      newest.set(key, revision);
      // Oldest first in a Map: forget the least recently written fields past the limit.
      if (newest.size > limit) newest.delete(newest.keys().next().value!);
      return true;
    },
  };
}

export type RevisionGuard = ReturnType<typeof createRevisionGuard>;
