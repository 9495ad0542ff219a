/**
 * Export benchmark, part of `npm run bench`. Prints
 *  (a) one interview of 8 questions with realistic notes as Markdown: median and p95 of 200 runs;
 *  (b) a backup of 1,000 such interviews (8,000 notes), and its restore into an empty database.
 * The database is fake-indexeddb in Node, slower than the browser's IndexedDB, so (b) overstates
 * what the background takes. Wall-clock times: run on a quiet machine.
 */
import 'fake-indexeddb/auto';
import { openInterviewDatabase } from '../lib/db/database';
import { realisticNote, sampleNote, sampleSession, T0 } from '../lib/export/export-fixtures.test-support';
import { createExportService } from '../lib/export/export-service';
import { backendEngineerKit } from '../lib/kits/bundled/backend-engineer';

const QUESTIONS = 8;
const INTERVIEWS = 1000;

/** An interview on the bundled kit (its real snapshot size), every question noted and rated. */
function interview(id: string) {
  const session = sampleSession({ id, meetingKey: `meet:${id}`, kit: structuredClone(backendEngineerKit) }, QUESTIONS);
  const notes = session.kit.questions.map((q, i) => sampleNote(id, q.id, { text: realisticNote(i), rating: 'yes', spentMs: 240_000 }));
  return { session, notes };
}

async function time<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await work();
  return [result, performance.now() - start];
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

async function main() {
  const db = openInterviewDatabase(`bench-${Date.now()}`);
  const service = createExportService(db, () => T0 + 3_600_000);
  const one = interview('one');
  await db.sessions.add(one.session);
  await db.notes.bulkAdd(one.notes);

  const runs: number[] = [];
  for (let i = 0; i < 230; i++) {
    const [, ms] = await time(() => service.exportInterviewMarkdown('one'));
    if (i >= 30) runs.push(ms); // the first runs warm up the JIT
  }
  runs.sort((a, b) => a - b);
  const noteChars = one.notes.reduce((sum, n) => sum + n.text.length, 0);
  console.log(`(a) exportInterviewMarkdown, ${QUESTIONS} questions, ${noteChars} characters of notes:`);
  console.log(`    median ${percentile(runs, 0.5).toFixed(1)} ms, p95 ${percentile(runs, 0.95).toFixed(1)} ms over ${runs.length} runs`);

  await db.sessions.clear();
  await db.notes.clear();
  const all = Array.from({ length: INTERVIEWS }, (_, i) => interview(`s${i}`));
  await db.sessions.bulkAdd(all.map((x) => x.session));
  await db.notes.bulkAdd(all.flatMap((x) => x.notes));

  const [json, backupMs] = await time(() => service.createBackup());
  console.log(
    `(b) createBackup, ${INTERVIEWS} interviews × ${QUESTIONS} notes: ${backupMs.toFixed(0)} ms, ${(json.length / 1024 / 1024).toFixed(1)} MB of JSON`,
  );

  const target = openInterviewDatabase(`bench-restore-${Date.now()}`);
  const [, restoreMs] = await time(() => createExportService(target, Date.now).restoreBackup(json, 'replace'));
  console.log(`    restoreBackup of that file into an empty database: ${restoreMs.toFixed(0)} ms`);
  await db.delete();
  await target.delete();
}

void main();
