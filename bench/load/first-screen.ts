/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The JavaScript a page (the sidebar by default) runs before its first screen: the chunks its HTML
 * loads or preloads (the sidebar's entry imports React and the app at start, preloaded:
 * wxt.config.ts) and everything those import statically. What loads on first use (any other
 * dynamic import: the dashboard's importer and exports, the sidebar's wrap-up and help) is left out.
 */
export function firstScreenChunks(out: string, page = 'sidebar.html'): string[] {
  const html = readFileSync(join(out, page), 'utf8');
  const listed = [...html.matchAll(/(?:src|href)="\/?(chunks\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  const visit = (chunk: string) => {
    if (seen.has(chunk)) return;
    seen.add(chunk);
    const code = readFileSync(join(out, chunk), 'utf8');
    const imported = [...code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)].map((m) => m[1]!);
    imported.forEach((name) => visit(`chunks/${name}`));
  };
  listed.forEach(visit);
  return [...seen];
}
