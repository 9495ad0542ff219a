/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The JavaScript a page (the sidebar by default) runs before its first screen: the chunks its HTML
 * loads, what the entry imports at start (a dynamic import in the entry chunk itself), and
 * everything those import statically. Views loaded on first use (dynamic imports elsewhere) are
 * left out.
 */
export function firstScreenChunks(out: string, page = 'sidebar.html'): string[] {
  const html = readFileSync(join(out, page), 'utf8');
  const entry = /<script[^>]*src="\/?(chunks\/[^"]+\.js)"/.exec(html)![1]!;
  const listed = [...html.matchAll(/(?:src|href)="\/?(chunks\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  const visit = (chunk: string) => {
    if (seen.has(chunk)) return;
    seen.add(chunk);
    const code = readFileSync(join(out, chunk), 'utf8');
    const imported = [...code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)].map((m) => m[1]!);
    if (chunk === entry) imported.push(...[...code.matchAll(/import\(`\.\/([^`]+\.js)`\)/g)].map((m) => m[1]!));
    imported.forEach((name) => visit(`chunks/${name}`));
  };
  listed.forEach(visit);
  return [...seen];
}
