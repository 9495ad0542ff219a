import type { Transaction } from 'dexie';

/** One Dexie schema version: its stores (indexes only; large text is never indexed) and upgrade. */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}
