import type { Worker } from 'playwright-core';

// Read straight from the extension's IndexedDB in its service worker, as the e2e suite checks
// what is stored (never through the extension's own code).

/** How many kits the extension's database holds (0 while it does not exist yet). */
export function kitCount(worker: Worker): Promise<number> {
  return worker.evaluate(async () => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'interview-sidebar')) return 0;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('interview-sidebar');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    try {
      if (!db.objectStoreNames.contains('kits')) return 0;
      return await new Promise<number>((resolve, reject) => {
        const count = db.transaction('kits').objectStore('kits').count();
        count.onsuccess = () => resolve(count.result);
        count.onerror = () => reject(count.error);
      });
    } finally {
      db.close();
    }
  });
}

/** A digest of every row of every table, computed in the worker (64 MB never crosses CDP). */
export function databaseDigest(worker: Worker): Promise<Record<string, string>> {
  return worker.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('interview-sidebar');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const out: Record<string, string> = {};
    for (const store of ['kits', 'sessions', 'notes', 'settings']) {
      const rows = await new Promise<unknown[]>((resolve, reject) => {
        const all = db.transaction(store).objectStore(store).getAll();
        all.onsuccess = () => resolve(all.result);
        all.onerror = () => reject(all.error);
      });
      const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(rows)));
      out[store] = `${rows.length} rows, ${[...new Uint8Array(hash)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
    }
    db.close();
    return out;
  });
}
