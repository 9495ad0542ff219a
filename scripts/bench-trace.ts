/**
 * `npm run bench:trace [-- --floor]` (not part of `npm test`): one call after a browser restart, as
 * `npm run bench:load` times it, recorded as a Chromium trace (written to .output/bench/, for
 * DevTools' Performance panel or ui.perfetto.dev), and printed as a timeline in ms from the meeting
 * page's navigation: the main threads of the page's and the extension's renderers (their tasks of
 * 1.5 ms or more, what they ran), first contentful paints, and the frame's performance marks
 * (entrypoints/sidebar/main.ts). `--floor` traces the floor (bench/floor/) instead. Traced, a call
 * is about a fifth slower than in `bench:load`: read the order and the gaps, not the totals.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../e2e/support/chromium';
import { startFixtureServer } from '../e2e/support/fixture-server';
import { FLOOR, freshProfile, meetingUrls, restartedAfterFirstCall, SIDEBAR, timeToQuestion } from '../bench/load/launch';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; labels?: string; data?: Record<string, unknown> };
}

const floor = process.argv.includes('--floor');
const candidate = floor ? FLOOR : SIDEBAR;
const CATEGORIES = 'devtools.timeline,blink.user_timing,loading,toplevel';
/** Tasks shorter than this are left out of the timeline (they stay in the trace file). */
const MIN_TASK_MS = 1.5;

if (!floor) execSync('npx wxt build', { cwd: REPO_ROOT, stdio: 'ignore' });
const server = await startFixtureServer();
const profile = freshProfile();
const nextUrl = meetingUrls('trace');
const context = await restartedAfterFirstCall(candidate, server.port, profile.dir, nextUrl());
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
const events: TraceEvent[] = [];
cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
const question = await timeToQuestion(page, nextUrl());
await new Promise((resolve) => setTimeout(resolve, 1_000));
await cdp.send('Tracing.end');
await complete;
await context.close();
profile.remove();
await server.close();

const dir = join(REPO_ROOT, '.output', 'bench');
mkdirSync(dir, { recursive: true });
const file = join(dir, `trace-${candidate.name}.json`);
writeFileSync(file, JSON.stringify({ traceEvents: events }));

const processNames = new Map<number, string>();
const threadNames = new Map<string, string>();
for (const e of events) {
  if (e.name === 'process_labels' || e.name === 'process_name')
    processNames.set(e.pid, `${processNames.get(e.pid) ?? ''}${e.args?.labels ?? e.args?.name ?? ''}`);
  if (e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
}
const start = events.find((e) => e.name === 'navigationStart' && String(e.args?.data?.documentLoaderURL ?? '').includes('meet'));
if (!start) throw new Error('No navigation of the meeting page in the trace.');
const onMain = (e: TraceEvent) => threadNames.get(`${e.pid}:${e.tid}`) === 'CrRendererMain';
const isExtension = (e: TraceEvent) => (processNames.get(e.pid) ?? '').includes('Extension');
const MARKERS = new Set(['firstContentfulPaint', 'MarkDOMContent', 'MarkLoad']);
/** A task's most telling child: the script, parse or rendering step it ran. */
const STEPS = /^(EvaluateScript|v8\.evaluateModule|FunctionCall|ParseHTML|ProxyMain::BeginMainFrame|UpdateLayoutTree|Layout|Paint)$/;
const rows = events
  .filter(
    (e) =>
      onMain(e) &&
      ((e.name === 'ThreadControllerImpl::RunTask' && (e.dur ?? 0) >= MIN_TASK_MS * 1000) ||
        MARKERS.has(e.name) ||
        (isExtension(e) && e.name.startsWith('sidebar '))),
  )
  .sort((a, b) => a.ts - b.ts);
console.log(`${candidate.name}: question painted ${question.toFixed(0)} ms after the navigation (traced). Trace: ${file}`);
for (const e of rows) {
  const at = ((e.ts - start.ts) / 1000).toFixed(1).padStart(7);
  const where = isExtension(e) ? 'extension' : 'page     ';
  if (e.name !== 'ThreadControllerImpl::RunTask') {
    console.log(`${at}          ${where} ${e.name}`);
    continue;
  }
  const steps = events
    .filter((c) => c.pid === e.pid && c.tid === e.tid && c.ts >= e.ts && c.ts < e.ts + e.dur! && STEPS.test(c.name) && (c.dur ?? 0) >= 500)
    .map((c) => `${c.name} ${((c.dur ?? 0) / 1000).toFixed(1)}${c.args?.data?.url ? ` ${String(c.args.data.url).split('/').pop()}` : ''}`);
  console.log(`${at} ${((e.dur ?? 0) / 1000).toFixed(1).padStart(6)} ms ${where} ${steps.slice(0, 4).join('; ')}`);
}
