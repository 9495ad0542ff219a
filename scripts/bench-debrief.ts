/**
 * Debrief benchmark, part of `npm run bench`: 10,000 interviews × 8 notes in fake-indexeddb.
 * Prints the search index's build, a search as you type (median and p95, bar 50 ms) beside the
 * baseline it replaces (reading and scanning every record), the index's upkeep after a saved note,
 * the Interviews list's summaries, grouping by candidate, and a comparison of 20 candidates:
 * loading, the matrix, the table rendered by React (bar 100 ms) and both exports.
 * fake-indexeddb in Node is slower than the browser's IndexedDB, so database figures overstate.
 */
import 'fake-indexeddb/auto';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { CompareTable } from '../components/dashboard/compare/compare-table';
import { createBackgroundService } from '../lib/background/background-service';
import { buildMatrix } from '../lib/compare/compare-matrix';
import { comparisonCsv } from '../lib/compare/comparison-csv';
import { comparisonMarkdown } from '../lib/compare/comparison-markdown';
import { openInterviewDatabase } from '../lib/db/database';
import { sampleNote, sampleSession, T0 } from '../lib/export/export-fixtures.test-support';
import { groupCandidates } from '../lib/interviews/candidate-groups';
import { RATINGS } from '../lib/interviews/interview-types';
import { backendEngineerKit } from '../lib/kits/bundled/backend-engineer';
import { interviewCatalog } from '../lib/search/interview-catalog';
import { foldText } from '../lib/search/search-text';

const INTERVIEWS = Number(process.env.BENCH_INTERVIEWS ?? 10_000);
let seed = 42;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
const LETTERS = 'eeeeeeeeeeeettttttttaaaaaaaaoooooooiiiiiiinnnnnnnsssssshhhhhhrrrrrrddddllllcccuuummwwffggyyppbbvkjxqz';
/**
 * 20,000 made-up words of 2 to 9 letters drawn with English letter frequencies, used with Zipf's
 * law (the nth word about 1/n as often as the first), so the index holds a vocabulary and a spread
 * of prefixes like real notes rather than one note repeated.
 */
const VOCABULARY = Array.from({ length: 20_000 }, () =>
  Array.from({ length: 2 + Math.floor(random() * 8) }, () => pick([...LETTERS])).join(''),
);
const CUMULATIVE: number[] = [];
VOCABULARY.forEach((_, i) => CUMULATIVE.push((CUMULATIVE[i - 1] ?? 0) + 1 / (i + 1)));
const zipfWord = () => {
  const target = random() * CUMULATIVE[CUMULATIVE.length - 1]!;
  let [low, high] = [0, CUMULATIVE.length - 1];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (CUMULATIVE[mid]! < target) low = mid + 1;
    else high = mid;
  }
  return VOCABULARY[low]!;
};
const COMMON = ['idempotency', 'kafka', 'outbox', 'sharding', 'latency', 'postgres', 'retries', 'caching', 'tradeoffs', 'ownership'];
const FIRST = ['Ada', 'Bea', 'Cy', 'Dana', 'Eli', 'Fatima', 'Gus', 'Hana', 'Ivo', 'José', 'Kim', 'Lena', 'Mo', 'Noor', 'Olu', 'Priya'];
const LAST = ['Lovelace', 'Núñez', 'Young', 'Okafor', 'Schmidt', 'Tanaka', 'Rossi', 'Haddad', 'Kowalski', 'Silva', 'Nguyen', 'Ivanova'];
const sentence = () => Array.from({ length: 12 }, () => (random() < 0.02 ? pick(COMMON) : zipfWord())).join(' ');
const note = () => `[0${Math.floor(random() * 9)}:12] ${sentence()}.\n- ${sentence()}\n- ${sentence()}`;

function interview(i: number) {
  const id = `s${i}`;
  const session = sampleSession(
    {
      id,
      meetingKey: `meet:${id}`,
      kit: structuredClone(backendEngineerKit),
      candidateName: `${pick(FIRST)} ${pick(LAST)}`,
      startedAt: T0 + i * 3_600_000,
      recommendation: pick([null, ...RATINGS]),
      summary: sentence(),
    },
    8,
  );
  const notes = session.kit.questions.map((q) => sampleNote(id, q.id, { text: note(), rating: pick(RATINGS), spentMs: 240_000 }));
  return { session, notes };
}

async function time<T>(work: () => T | Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await work();
  return [result, performance.now() - start];
}
const ms = (n: number) => `${n < 10 ? n.toFixed(1) : n.toFixed(0)} ms`;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

async function main() {
  const db = openInterviewDatabase(`bench-debrief-${Date.now()}`);
  const service = createBackgroundService(db, () => T0 + INTERVIEWS * 3_600_000);
  const all = Array.from({ length: INTERVIEWS }, (_, i) => interview(i));
  await db.sessions.bulkAdd(all.map((x) => x.session));
  await db.notes.bulkAdd(all.flatMap((x) => x.notes));
  console.log(
    `Debrief, ${INTERVIEWS.toLocaleString('en')} interviews × 8 notes (${(all.reduce((n, x) => n + x.notes.reduce((m, y) => m + y.text.length, 0), 0) / 1e6).toFixed(1)} M characters of notes):`,
  );

  const heapBefore = process.memoryUsage().heapUsed;
  const [, buildMs] = await time(() => interviewCatalog(db).ready());
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
  console.log(`  index build on first use (reads every interview): ${ms(buildMs)}, about ${heapMb.toFixed(0)} MB of heap`);

  // Keystrokes of someone typing, each a search of its own.
  const queries = [
    'k',
    'ka',
    'kaf',
    'kafka',
    'kafka out',
    'kafka outbox',
    'jose',
    'josé núñez',
    'idempot',
    'sharding lat',
    'strade',
    'postgres retries',
  ];
  const runs: number[] = [];
  for (let round = 0; round < 6; round++) {
    for (const query of queries) {
      const [, t] = await time(() => service.requests.search.searchInterviews(query, {}));
      if (process.env.BENCH_VERBOSE) console.log(query, t.toFixed(1));
      if (round > 0) runs.push(t);
    }
  }
  runs.sort((a, b) => a - b);
  console.log(
    `  searchInterviews, as you type (${runs.length} searches, up to 20 snippets each): median ${ms(percentile(runs, 0.5))}, p95 ${ms(percentile(runs, 0.95))} (bar: 50 ms)`,
  );

  const [, scanMs] = await time(async () => {
    const [sessions, notes] = await Promise.all([db.sessions.toArray(), db.notes.toArray()]);
    const words = ['kafka', 'outbox'];
    const text = new Map<string, string>();
    for (const n of notes) text.set(n.sessionId, `${text.get(n.sessionId) ?? ''} ${n.text}`);
    return sessions.filter((s) => words.every((w) => foldText(`${s.candidateName} ${s.summary} ${text.get(s.id) ?? ''}`).includes(w)));
  });
  console.log(`  baseline, one search by reading and scanning every record: ${ms(scanMs)}`);

  await service.requests.interviews.saveNote({ sessionId: 's77', questionId: backendEngineerKit.questions[0]!.id, text: 'zyxwvut' });
  const [found, upkeepMs] = await time(() => service.requests.search.searchInterviews('zyxwvut', {}));
  if (found.rows.length !== 1) throw new Error('the saved note was not found');
  console.log(`  search right after a note was saved (the index re-reads that interview): ${ms(upkeepMs)}`);

  const [list, listMs] = await time(() => interviewCatalog(db).list());
  console.log(
    `  the Interviews list's ${list.length.toLocaleString('en')} summaries after a change: ${ms(listMs)}; grouped by candidate: ${ms((await time(() => groupCandidates(list)))[1])}`,
  );

  const ids = list.slice(0, 20).map((r) => r.id);
  const [compared, loadMs] = await time(() => service.requests.comparison.interviewsForComparison(ids));
  const renders: number[] = [];
  for (let i = 0; i < 30; i++)
    renders.push(
      (await time(() => renderToString(createElement(CompareTable, { matrix: buildMatrix(compared, { by: 'recommendation' }) }))))[1],
    );
  renders.sort((a, b) => a - b);
  const matrix = buildMatrix(compared);
  const [, mdMs] = await time(() => comparisonMarkdown(matrix, 'Debrief'));
  const [, csvMs] = await time(() => comparisonCsv(matrix));
  console.log(
    `  compare 20 candidates: load ${ms(loadMs)}; matrix + table rendered by React: median ${ms(percentile(renders, 0.5))}, p95 ${ms(percentile(renders, 0.95))} (bar: 100 ms); Markdown ${ms(mdMs)}, CSV ${ms(csvMs)}`,
  );
  await db.delete();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
