/**
 * Kit import benchmark (`npm run bench`): the seed page, a 1 MB pasted page, and Markdown of
 * pathological shapes at its size limit. The bar: a 1 MB paste imports in under a second.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importKit, MAX_MARKDOWN_CHARS } from '../lib/kits/kit-import';

function median(work: () => unknown, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
const seedPath = resolve(import.meta.dirname, '../../shared/seeds/backend-engineer-interview-kit.txt');
if (existsSync(seedPath)) {
  const seed = readFileSync(seedPath, 'utf8');
  console.log(`kit import, seed page (${seed.length} chars): median ${ms(median(() => importKit(seed), 50))}`);
}

const page = Array.from(
  { length: 150 },
  (_, i) => `${i + 1}. Question number ${i + 1}?\n\n${'Some explanation. '.repeat(300)}\n\nSample answer:\n\n“${'An answer. '.repeat(100)}”\n`,
)
  .join('\n')
  .padEnd(1_000_000, ' filler');
console.log(`kit import, 1 MB pasted page (150 questions): median ${ms(median(() => importKit(page), 5))} (bar: 1000 ms)`);

for (const pattern of ['_*', '#\n', '![', '> - ', 'a\n\n']) {
  const text = `# T\n\n${pattern.repeat((MAX_MARKDOWN_CHARS - 10) / pattern.length)}`;
  console.log(`kit import, Markdown of ${JSON.stringify(pattern)} at the ${MAX_MARKDOWN_CHARS} char limit: ${ms(median(() => importKit(text), 3))}`);
}
