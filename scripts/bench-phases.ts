/**
 * `npm run bench:phases` (not part of `npm test`): where the sidebar's time to question goes after
 * a browser restart, as milliseconds from the meeting page's navigation start (medians of
 * BENCH_RUNS runs, default 5): the page's own load, the frame inserted, its document, its
 * scripts run (DOMContentLoaded), its first paint and the question painted; the service worker's
 * start, its first statement (a mark this script adds to the built background.js), and the
 * performance marks the worker and the frame set (entrypoints/background.ts,
 * entrypoints/sidebar/main.ts); beside each, the floor's (bench/floor/), run interleaved with it,
 * where it has that phase. Read beside `npm run bench:load`, which gives the ratio to the floor.
 */
import { MEET_HOST, startFixtureServer } from '../e2e/support/fixture-server';
import {
  FLOOR,
  freshProfile,
  restartedAfterFirstCall,
  SIDEBAR,
  sidebarFrameOf,
  timeToQuestion,
  type Candidate,
} from '../bench/load/launch';
import { median } from '../bench/load/stats';
import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
execSync('npx wxt build', { stdio: 'ignore' });
// The worker's first statement: its start to this mark is fetching and compiling background.js.
const workerScript = join(SIDEBAR.dir, 'background.js');
writeFileSync(workerScript, `performance.mark('worker first statement');${readFileSync(workerScript, 'utf8')}`);
const server = await startFixtureServer();
const phases: Record<Candidate['name'], Record<string, number[]>> = { sidebar: {}, floor: {} };

/** One call after a restart, as ms from the meeting page's navigation start, phase by phase. */
async function phasesOf(candidate: Candidate, run: number): Promise<Record<string, number>> {
  const profile = freshProfile();
  const code = (call: string) => `https://${MEET_HOST}/${call}-${String.fromCharCode(97 + run)}aa-run`;
  const context = await restartedAfterFirstCall(candidate, server.port, profile.dir, code('first'));
  const page = await context.newPage();
  const question = await timeToQuestion(page, code('phase'));
  const frame = await sidebarFrameOf(page);
  const pageOrigin = await page.evaluate(() => performance.timeOrigin);
  const ofPage = await page.evaluate(() => {
    const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { 'page DOMContentLoaded': n.domContentLoadedEventEnd, 'page load': n.loadEventEnd };
  });
  const ofFrame = await frame.evaluate(() => {
    const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    return {
      origin: performance.timeOrigin,
      html: n.responseEnd,
      parsed: n.domInteractive,
      scripts: n.domContentLoadedEventEnd,
      paint: paint ? paint.startTime : NaN,
      marks: Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
    };
  });
  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  const ofWorker = await worker?.evaluate(() => ({
    origin: performance.timeOrigin,
    marks: Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
  }));
  const at = ofFrame.origin - pageOrigin;
  await context.close();
  profile.remove();
  return {
    ...ofPage,
    ...(ofWorker && {
      'worker started': ofWorker.origin - pageOrigin,
      ...Object.fromEntries(Object.entries(ofWorker.marks).map(([name, time]) => [name, ofWorker.origin - pageOrigin + time])),
    }),
    'frame inserted': at,
    'frame document': at + ofFrame.html,
    'frame parsed': at + ofFrame.parsed,
    'frame scripts run': at + ofFrame.scripts,
    ...Object.fromEntries(Object.entries(ofFrame.marks).map(([name, time]) => [`frame: ${name}`, at + time])),
    'frame first paint': at + ofFrame.paint,
    'question painted': question,
  };
}

for (let run = 0; run < RUNS; run++) {
  // Interleaved, the order alternating, as bench:load runs them.
  for (const candidate of run % 2 ? [FLOOR, SIDEBAR] : [SIDEBAR, FLOOR]) {
    const row = await phasesOf(candidate, run);
    for (const [name, value] of Object.entries(row)) (phases[candidate.name]![name] ??= []).push(value);
  }
  process.stdout.write(`run ${run + 1}/${RUNS}\r`);
}
await server.close();
console.log(`\nAfter a browser restart, ms from the meeting page's navigation start (median of ${RUNS}):`);
console.log(`  ${''.padEnd(30)} ${'sidebar'.padStart(7)} ${'floor'.padStart(7)}`);
const cell = (values: number[] | undefined) => (values ? median(values).toFixed(0) : '').padStart(7);
for (const [name, values] of Object.entries(phases.sidebar!))
  console.log(`  ${name.padEnd(30)} ${cell(values)} ${cell(phases.floor![name])}`);
