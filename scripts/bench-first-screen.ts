/**
 * First-screen size (`npm run bench:first-screen`; not part of `npm test`): builds the extension
 * with source maps, then prints the sidebar's first-screen JavaScript (bench/load/first-screen.ts)
 * gzipped, chunk by chunk, and which packages and files make it up; the same for the background
 * service worker. The bar of issue 14 (< 77 KB gzipped) is printed beside the figure, never asserted.
 * Module shares of the gzipped size are estimates: each module's share of its chunk's raw bytes.
 */
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR, REPO_ROOT } from '../e2e/support/chromium';
import { firstScreenChunks } from '../bench/load/first-screen';
import { bytesBySource, moduleGroup } from '../bench/load/chunk-modules';

if (!process.argv.includes('--no-build')) {
  execSync('npx wxt build', { cwd: REPO_ROOT, stdio: 'ignore', env: { ...process.env, BUNDLE_SOURCEMAP: '1' } });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;
/** The chunk as shipped: a build without source maps has no sourceMappingURL comment. */
const shipped = (path: string) => readFileSync(path, 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '');
const gz = (path: string) => gzipSync(shipped(path)).length;

function report(title: string, files: string[], top: number): void {
  const groups = new Map<string, { raw: number; gz: number }>();
  let total = 0;
  console.log(`\n${title}`);
  for (const file of files) {
    const path = join(EXTENSION_DIR, file);
    const chunkGz = gz(path);
    const chunkRaw = shipped(path).length;
    total += chunkGz;
    console.log(`  ${file.padEnd(44)} ${kb(chunkRaw).padStart(10)}  gzip ${kb(chunkGz).padStart(9)}`);
    for (const [source, bytes] of bytesBySource(path)) {
      const group = groups.get(moduleGroup(source)) ?? { raw: 0, gz: 0 };
      group.raw += bytes;
      group.gz += (bytes / chunkRaw) * chunkGz;
      groups.set(moduleGroup(source), group);
    }
  }
  console.log(`  ${'total'.padEnd(44)} ${''.padStart(10)}  gzip ${kb(total).padStart(9)}`);
  console.log('  by package or file (gzip share estimated):');
  const sorted = [...groups].sort((a, b) => b[1].gz - a[1].gz);
  for (const [name, size] of sorted.slice(0, top)) {
    console.log(`    ${name.padEnd(70)} ${kb(size.raw).padStart(10)}  ~${kb(size.gz).padStart(9)}`);
  }
  const rest = sorted.slice(top);
  if (rest.length > 0) {
    const restGz = rest.reduce((sum, [, size]) => sum + size.gz, 0);
    console.log(`    ${`${rest.length} more`.padEnd(70)} ${''.padStart(10)}  ~${kb(restGz).padStart(9)}`);
  }
}

const firstScreen = firstScreenChunks(EXTENSION_DIR);
const firstScreenGz = firstScreen.reduce((sum, file) => sum + gz(join(EXTENSION_DIR, file)), 0);
report('Sidebar first screen', firstScreen, Number(process.env.BENCH_TOP ?? 40));
report('Background service worker', ['background.js'], Number(process.env.BENCH_TOP ?? 40));
console.log(`\nSidebar first-screen JavaScript ${kb(firstScreenGz)} gzipped (bar < 77 KB)`);
