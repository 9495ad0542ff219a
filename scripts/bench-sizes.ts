/**
 * Size benchmark (`npm run bench`, after `npm run build`): what each surface loads, raw and
 * gzipped. The meeting page pays only for the content script.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = join(import.meta.dirname, '../.output/chrome-mv3');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
let total = 0;
for (const path of files(root)
  .filter((p) => /\.(js|css|html|json)$/.test(p))
  .sort()) {
  const content = readFileSync(path);
  total += content.length;
  console.log(`${relative(root, path).padEnd(52)} ${kb(content.length).padStart(10)}  gzip ${kb(gzipSync(content).length).padStart(9)}`);
}
console.log(`${'total (js, css, html, json)'.padEnd(52)} ${kb(total).padStart(10)}`);
