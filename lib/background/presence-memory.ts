import { storage } from 'wxt/utils/storage';
import type { PresenceMemory } from './interview-presence';

/** When each running interview last had a surface (interview id → epoch ms), kept across worker restarts. */
// Stryker disable next-line ObjectLiteral: with no options a missing item reads as null, which read() also spreads to {}.
const lastSeen = storage.defineItem<Record<string, number>>('local:interviewPresence', { fallback: {}, version: 1 });

/** The presence memory in `storage.local`. A copy is read: the caller changes it, and the fallback must stay empty. */
export const storedPresence: PresenceMemory = {
  read: async () => ({ ...(await lastSeen.getValue()) }),
  write: (seen) => lastSeen.setValue(seen),
};
