import type { DBCore, DBCoreMutateRequest, Dexie, Middleware } from 'dexie';

/** DBCoreRangeType.Equal: Dexie declares it as a const enum, which isolated modules cannot import. */
const EQUAL_RANGE = 1;

/** Which interviews a write touched: their ids, or every one (a whole table was cleared). */
export type InterviewChange = { ids: ReadonlySet<string> } | { all: true };
type Listener = (change: InterviewChange) => void;
/** Called with the table's name on every write to any table. */
type TableListener = (table: string) => void;

const listeners = new WeakMap<Dexie, { interviews: Set<Listener>; tables: Set<TableListener> }>();
const feedOf = (db: Dexie) => {
  const feed = listeners.get(db);
  if (!feed) throw new Error('This database was opened without the change feed.');
  return feed;
};

/**
 * Calls `listener` with the interviews touched by every write to the sessions and notes tables,
 * whichever code made it: services, backup restore, imports. It runs when the write is made,
 * inside its transaction; a reader that starts a transaction afterwards is queued behind that write
 * (IndexedDB orders overlapping transactions), so re-reading the interviews then sees it.
 */
export function watchInterviewChanges(db: Dexie, listener: Listener): () => void {
  const set = feedOf(db).interviews;
  set.add(listener);
  return () => set.delete(listener);
}

/**
 * Calls `listener` with the table's name on every write to any table (kits and settings too), at
 * the same moment and under the same rule as watchInterviewChanges: read after it, not in it.
 */
export function watchTableWrites(db: Dexie, listener: TableListener): () => void {
  const set = feedOf(db).tables;
  set.add(listener);
  return () => set.delete(listener);
}

/** Installed by openInterviewDatabase before the database opens (Dexie builds its stack on open). */
export function installChangeFeed(db: Dexie): void {
  const feed = { interviews: new Set<Listener>(), tables: new Set<TableListener>() };
  listeners.set(db, feed);
  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'interview-change-feed',
    create: (down) => ({
      ...down,
      table(name) {
        const table = down.table(name);
        return {
          ...table,
          mutate(req) {
            for (const listener of feed.tables) listener(name);
            if (name === 'sessions' || name === 'notes') {
              const change = touched(name, req);
              for (const listener of feed.interviews) listener(change);
            }
            return table.mutate(req);
          },
        };
      },
    }),
  };
  db.use(middleware);
}

const sessionOfNote = (noteId: unknown) => String(noteId).slice(0, Math.max(0, String(noteId).lastIndexOf('/')));

function touched(table: 'sessions' | 'notes', req: DBCoreMutateRequest): InterviewChange {
  if (req.type === 'deleteRange') return { all: true };
  const keys: unknown[] = [...(req.keys ?? []), ...('updates' in req && req.updates ? req.updates.keys : [])];
  if ('criteria' in req && req.criteria && keys.length === 0) {
    // Table.update(key) and where(…).equals(value).modify(): one key, or one interview's notes.
    const { index, range } = req.criteria;
    const single = range.type === EQUAL_RANGE && typeof range.lower === 'string';
    if (single && index === null) keys.push(range.lower);
    else if (single && table === 'notes' && index === 'sessionId') return { ids: new Set([range.lower as string]) };
    else return { all: true };
  }
  const fromValues =
    'values' in req ? req.values.map((v: { id?: unknown; sessionId?: unknown }) => (table === 'sessions' ? v?.id : v?.sessionId)) : [];
  const fromKeys = keys.map((key) => (table === 'sessions' ? key : sessionOfNote(key)));
  const ids = [...fromValues, ...fromKeys].filter((id): id is string => typeof id === 'string' && id !== '');
  return { ids: new Set(ids) };
}
