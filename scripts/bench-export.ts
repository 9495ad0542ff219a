/**
 * Export benchmark, part of `npm run bench`. Prints
 *  (a) one interview of 8 questions with realistic notes as Markdown: median and p95 of 200 runs;
 *  (b) a backup of 1,000 such interviews (8,000 notes), and its restore into an empty database;
 *  (c) one interview whose note is 100,000 characters of `_*` (the worst known input for a Markdown
 *      reader) as Markdown, and reading that note alone with markdown-it (note-blocks.ts) side by side
 *      with micromark, the reader before it (bench-micromark-note.ts, stopped after a minute).
 * The database is fake-indexeddb in Node, slower than the browser's IndexedDB, so (b) overstates
 * what the background takes. Wall-clock times: run on a quiet machine.
 */
import 'fake-indexeddb/auto';
import { spawnSync } from 'node:child_process';
import { openInterviewDatabase } from '../lib/db/database';
import { emphasisHeavyNote, realisticNote, sampleNote, sampleSession, T0 } from '../lib/export/export-fixtures.test-support';
import { createExportService } from '../lib/export/export-service';
import { markdownExport } from '../lib/export/interview-export';
import { noteBlocks } from '../lib/export/note-blocks';
import { backendEngineerKit } from '../lib/kits/bundled/backend-engineer';

const QUESTIONS = 8;
const INTERVIEWS = 1000;
const HEAVY_NOTE = 100_000;
const BASELINE_LIMIT_MS = 60_000;

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
    const [, ms] = await time(async () => markdownExport(await service.interviewRecord('one'), T0 + 3_600_000));
    if (i >= 30) runs.push(ms); // the first runs warm up the JIT
  }
  runs.sort((a, b) => a - b);
  const noteChars = one.notes.reduce((sum, n) => sum + n.text.length, 0);
  console.log(`(a) an interview's record read and written as Markdown, ${QUESTIONS} questions, ${noteChars} characters of notes:`);
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
  await heavyNote();
}

/** (c): the export of a pathological note, and the note's parse against micromark's. */
async function heavyNote() {
  const db = openInterviewDatabase(`bench-heavy-${Date.now()}`);
  const session = sampleSession({ id: 'heavy', meetingKey: 'meet:heavy' }, 1);
  await db.sessions.add(session);
  await db.notes.add(sampleNote('heavy', session.kit.questions[0]!.id, { text: emphasisHeavyNote(HEAVY_NOTE) }));
  const [exported, exportMs] = await time(async () =>
    markdownExport(await createExportService(db, () => T0 + 3_600_000).interviewRecord('heavy'), T0 + 3_600_000),
  );
  const [, parseMs] = await time(async () => noteBlocks(emphasisHeavyNote(HEAVY_NOTE)));
  console.log(
    `(c) Markdown export, one note of ${HEAVY_NOTE} characters of "_*": ${exportMs.toFixed(0)} ms (${(exported.markdown.length / 1024).toFixed(0)} kB)`,
  );
  const baseline = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench-micromark-note.ts', String(HEAVY_NOTE)], {
    encoding: 'utf8',
    timeout: BASELINE_LIMIT_MS,
  });
  const micromarkMs = Number(baseline.stdout.trim());
  const micromark = baseline.status === 0 ? `${micromarkMs} ms` : `stopped after ${BASELINE_LIMIT_MS / 1000} s`;
  const ratio = baseline.status === 0 ? `${(micromarkMs / parseMs).toFixed(0)}×` : `over ${(BASELINE_LIMIT_MS / parseMs).toFixed(0)}×`;
  console.log(`    reading the note: markdown-it ${parseMs.toFixed(0)} ms, micromark (before) ${micromark}: ${ratio} faster`);
  await db.delete();
}

void main();
