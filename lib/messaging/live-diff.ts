/**
 * What a live subscription sends after its first value. Keyed queries (lists of rows with ids)
 * send only the rows that changed and the ids that went; any query sends nothing when its value
 * did not change (Dexie runs a query again after any write to what it read, even one that left
 * its result as it was).
 */
export type LiveDelta = { kind: 'value'; value: unknown } | { kind: 'patch'; upsert: unknown[]; remove: string[] } | null;

type Row = { id: string };

/** Remembers what was sent on one subscription and says what to send for the next result. */
export function createLiveDiff(keyed: boolean) {
  let sentValue: string | undefined;
  let sentRows: Map<string, string> | undefined;

  return (value: unknown): LiveDelta => {
    if (keyed && Array.isArray(value)) {
      const rows = new Map((value as Row[]).map((row) => [row.id, JSON.stringify(row)]));
      const before = sentRows;
      sentRows = rows;
      if (!before) return { kind: 'value', value };
      const upsert = (value as Row[]).filter((row) => before.get(row.id) !== rows.get(row.id));
      const remove = [...before.keys()].filter((id) => !rows.has(id));
      return upsert.length || remove.length ? { kind: 'patch', upsert, remove } : null;
    }
    const json = JSON.stringify(value);
    if (json === sentValue) return null;
    sentValue = json;
    return { kind: 'value', value };
  };
}

/** The client's side: applies a patch to the rows it holds, kept in id order as the queries return them. */
export function applyLivePatch<T extends Row>(rows: readonly T[], upsert: readonly T[], remove: readonly string[]): T[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  for (const id of remove) byId.delete(id);
  for (const row of upsert) byId.set(row.id, row);
  // Ids are a map's keys, so no two are equal.
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}
