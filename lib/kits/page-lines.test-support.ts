import { classifyLine } from './page-text-lines';
import type { Line } from './page-text-sections';

/**
 * Lines as the page-text parser makes them (lib/kits/page-text-parser.ts): an empty string is a
 * blank line, which ends a paragraph and is not a line; a row with tabs is a table row of cells.
 */
export function pageLines(...rows: string[]): Line[] {
  const out: Line[] = [];
  let para = 0;
  for (const row of rows) {
    if (row === '') {
      para++;
      continue;
    }
    const cells = row.includes('\t') ? row.split('\t') : undefined;
    const text = cells ? cells.join(' ') : row;
    out.push({ text, kind: classifyLine(text), para, ...(cells ? { cells } : {}) });
  }
  return out;
}
