/**
 * Kit import benchmark (`npm run bench`): the seed page, a 1 MB pasted page, and Markdown of
 * pathological shapes at its size limit. The bar: a 1 MB paste imports in under a second.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createRequire } from 'node:module';
import { importKit, MAX_MARKDOWN_CHARS } from '../lib/kits/kit-import';
import { readPageForKit } from '../lib/kits/page-reader';

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
  (_, i) =>
    `${i + 1}. Question number ${i + 1}?\n\n${'Some explanation. '.repeat(300)}\n\nSample answer:\n\n“${'An answer. '.repeat(100)}”\n`,
)
  .join('\n')
  .padEnd(1_000_000, ' filler');
console.log(`kit import, 1 MB pasted page (150 questions): median ${ms(median(() => importKit(page), 5))} (bar: 1000 ms)`);

// The layouts of issue 15 in one page: sections, a traits list, inline labels, a table, Q:/A: pairs.
const section = (n: number) =>
  `Section ${n} interview questions\n\n- Can they explain trade-off ${n}?\n\n` +
  Array.from(
    { length: 5 },
    (_, i) => `${i + 1}. Question ${n}.${i}? Look for: ${'a clear reason, '.repeat(20)}the end. Sample answer: ${'We did it. '.repeat(30)}`,
  ).join('\n') +
  `\n\nQuestion\tWhat to listen for\tGood answer\nTable question ${n}?\tListen well.\tAnswer well.\n\nQ: Paired question ${n}?\nA: ${'Because. '.repeat(40)}\n\nRed flags: Guesses. Blames others.\n\n`;
const layouts = Array.from({ length: 40 }, (_, n) => section(n))
  .join('')
  .repeat(8)
  .slice(0, 1_000_000);
const mixed = importKit(layouts);
console.log(
  `kit import, 1 MB page of mixed layouts (${mixed.ok ? mixed.kit.questions.length : 0} questions): median ${ms(median(() => importKit(layouts), 5))} (bar: 1000 ms)`,
);

// The page reader on a 1 MB HTML page (jsdom, slower than a browser), then the import.
const html = `<main>${Array.from({ length: 700 }, (_, n) => `<h2>Part ${n} questions</h2><ol><li><strong>Question ${n}?</strong><p>Look for: ${'a clear reason, '.repeat(40)}</p><p>Sample answer: ${'We did it. '.repeat(50)}</p></li></ol><details><summary>Scenario ${n}?</summary><p>${'Listen. '.repeat(20)}</p></details>`).join('')}</main>`;
// jsdom (a test dependency) ships no types; only its constructor is used here.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: new (html: string) => { window: Window } };
const dom = new JSDOM(html);
const pageText = readPageForKit(dom.window.document).text;
console.log(
  `page reader on a ${(html.length / 1e6).toFixed(1)} MB HTML page, in jsdom (getComputedStyle is far slower there than in a browser): median ${ms(median(() => readPageForKit(dom.window.document), 3))}`,
);
console.log(
  `kit import of that page's text (${(pageText.length / 1e6).toFixed(2)} M chars): median ${ms(median(() => importKit(pageText), 5))} (bar: 1000 ms)`,
);

for (const pattern of ['_*', '#\n', '![', '> - ', 'a\n\n']) {
  const text = `# T\n\n${pattern.repeat((MAX_MARKDOWN_CHARS - 10) / pattern.length)}`;
  console.log(
    `kit import, Markdown of ${JSON.stringify(pattern)} at the ${MAX_MARKDOWN_CHARS} char limit: ${ms(median(() => importKit(text), 3))}`,
  );
}
