import type { DBCore, Dexie, Middleware } from 'dexie';

type Listener = (table: string) => void;
const listeners = new WeakMap<Dexie, Set<Listener>>();

/**
 * Calls `listener` with the table's name on every write, whichever code made it. It runs when the
 * write is made, inside its transaction: a reader that starts a transaction afterwards (a timer
 * later) is queued behind that write, so it sees it.
 */
export function watchTableWrites(db: Dexie, listener: Listener): () => void {
  const set = listeners.get(db);
  if (!set) throw new Error('This database was opened without the table-writes middleware.');
  set.add(listener);
  return () => set.delete(listener);
}

/** Installed by openInterviewDatabase before the database opens (Dexie builds its stack on open). */
export function installTableWrites(db: Dexie): void {
  const set = new Set<Listener>();
  listeners.set(db, set);
  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'table-writes',
    create: (down) => ({
      ...down,
      table(name) {
        const table = down.table(name);
        return {
          ...table,
          mutate(req) {
            for (const listener of set) listener(name);
            return table.mutate(req);
          },
        };
      },
    }),
  };
  db.use(middleware);
}
