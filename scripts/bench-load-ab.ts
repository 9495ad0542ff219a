/**
 * A/B of time to question (`npm run bench:load-ab -- <base> [<revision>…]`; not part of `npm test`):
 * builds each revision in a temporary worktree (with one revision, the working tree is the other),
 * then times them and the floor (bench/floor/) in interleaved rounds, as `npm run bench:load`
 * does, and compares each with the base round by round: a change that moves the figure by less
 * than this machine's drift between two separate runs shows here, where both sides share the
 * drift. BENCH_RUNS sets the rounds (default 7).
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../e2e/support/chromium';
import { startFixtureServer } from '../e2e/support/fixture-server';
import { FLOOR, meetingUrls, timeFreshThenRestart, type Candidate } from '../bench/load/launch';
import { run, withRevisionBuild } from '../bench/build-revision';
import { median, ms, percentile } from '../bench/load/stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const revisions = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const base = revisions[0];
if (!base) throw new Error('Usage: npm run bench:load-ab -- <base revision> [<revision>…]');

const builds = mkdtempSync(join(tmpdir(), 'interview-sidebar-ab-'));

/** Builds a revision and keeps a copy of its Chromium build. */
const buildRevision = (revision: string, name: string): string =>
  withRevisionBuild(revision, (build) => {
    cpSync(build, join(builds, name), { recursive: true });
    return join(builds, name);
  });

const revisionCandidates: Candidate[] = revisions.map((revision, i) => ({
  name: revision,
  dir: buildRevision(revision, `r${i}`),
  hasWorker: true,
}));
if (revisions.length === 1) {
  run(REPO_ROOT, 'npx', 'wxt', 'build');
  cpSync(join(REPO_ROOT, '.output', 'chrome-mv3'), join(builds, 'working-tree'), { recursive: true });
  revisionCandidates.push({ name: 'working tree', dir: join(builds, 'working-tree'), hasWorker: true });
}
const candidates: Candidate[] = [...revisionCandidates, FLOOR];
const times = new Map(candidates.map((c) => [c.name, { fresh: [] as number[], restart: [] as number[] }]));
const server = await startFixtureServer();
const meetingUrl = meetingUrls('abab');
try {
  for (let round = 0; round < RUNS; round++) {
    // Each round starts with another candidate, so drift in the machine's load falls on all alike.
    for (let i = 0; i < candidates.length; i++) {
      const candidate = candidates[(round + i) % candidates.length]!;
      const { fresh, restart } = await timeFreshThenRestart(candidate, server.port, meetingUrl);
      times.get(candidate.name)!.fresh.push(fresh);
      times.get(candidate.name)!.restart.push(restart);
    }
    process.stdout.write(`round ${round + 1}/${RUNS}\r`);
  }
} finally {
  await server.close();
  rmSync(builds, { recursive: true, force: true });
}

const floor = times.get('floor')!;
console.log(`\nTime to the first question, ${RUNS} interleaved rounds (median / p90; ratio of medians to the floor's):`);
for (const phase of ['restart', 'fresh'] as const) {
  for (const [name, figures] of times) {
    const ratio = name === 'floor' ? '' : `   ${(median(figures[phase]) / median(floor[phase])).toFixed(2)}×`;
    console.log(`  ${phase.padEnd(8)} ${name.padEnd(14)} ${ms(median(figures[phase]))} / ${ms(percentile(figures[phase], 90))}${ratio}`);
  }
  // Paired by round: the revisions ran minutes apart at most, under the same load.
  const before = times.get(base)![phase];
  for (const { name } of revisionCandidates.slice(1)) {
    const paired = times.get(name)![phase].map((time, round) => time / before[round]!);
    console.log(
      `  ${phase.padEnd(8)} ${name} / ${base}, paired by round: median ${median(paired).toFixed(2)}×, faster in ${paired.filter((r) => r < 1).length} of ${paired.length} rounds`,
    );
  }
}
