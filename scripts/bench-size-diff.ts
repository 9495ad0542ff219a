/**
 * Size change (`npm run bench:size-diff -- <base> [<head>]`; not part of `npm test`): builds each
 * revision in a temporary worktree (the working tree when no head is given) and prints what each
 * surface loads at start, gzipped, and the change from the base. Issue 10's bar for a refactor (no
 * surface grows by more than 2 KB gzipped) is printed beside it, never asserted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { REPO_ROOT } from '../e2e/support/chromium';
import { firstScreenChunks } from '../bench/load/first-screen';
import { run, withRevisionBuild } from '../bench/build-revision';

const BAR_KB = 2;
const [base, head] = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
if (!base) throw new Error('Usage: npm run bench:size-diff -- <base revision> [<head revision>]');

/** A file as shipped: a build with source maps ends in a sourceMappingURL comment. */
const gz = (path: string) => gzipSync(readFileSync(path, 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '')).length;
const sum = (out: string, files: string[]) => files.reduce((total, file) => total + gz(join(out, file)), 0);

function surfaces(out: string): Record<string, number> {
  const contentScripts = readdirSync(join(out, 'content-scripts')).filter((name) => name.endsWith('.js'));
  return {
    'content script': sum(
      out,
      contentScripts.map((name) => `content-scripts/${name}`),
    ),
    'sidebar first screen': sum(out, firstScreenChunks(out)),
    'dashboard first screen': sum(out, firstScreenChunks(out, 'dashboard.html')),
    'background service worker': gz(join(out, 'background.js')),
  };
}

const before = withRevisionBuild(base, surfaces);
const after = head
  ? withRevisionBuild(head, surfaces)
  : (run(REPO_ROOT, 'npx', 'wxt', 'build'), surfaces(join(REPO_ROOT, '.output', 'chrome-mv3')));
const kb = (bytes: number) => (bytes / 1024).toFixed(2);
console.log(`\nGzipped KB, ${base} → ${head ?? 'working tree'} (bar: no surface grows by more than ${BAR_KB} KB)`);
for (const [surface, bytes] of Object.entries(after)) {
  const change = (bytes - before[surface]!) / 1024;
  const sign = change >= 0 ? '+' : '';
  console.log(
    `  ${surface.padEnd(28)} ${kb(before[surface]!).padStart(8)} → ${kb(bytes).padStart(8)}  ${`${sign}${change.toFixed(2)}`.padStart(7)}${change > BAR_KB ? '  over the bar' : ''}`,
  );
}
