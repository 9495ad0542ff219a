import { kitToMarkdown } from './kit-markdown';
import { slugify } from './kit-schema';
import { kitContentOf } from './kit-content';
import type { Kit } from './kit-types';

export type ExportFormat = 'markdown' | 'json';

/** A kit as a file: only its content, so the file imports anywhere as a new kit. */
export function exportKit(kit: Kit, format: ExportFormat): { fileName: string; text: string; type: string } {
  const content = kitContentOf(kit);
  const base = slugify(content.title).replace(/^question$/, 'kit');
  return format === 'markdown'
    ? { fileName: `${base}.md`, text: kitToMarkdown(content), type: 'text/markdown;charset=utf-8' }
    : { fileName: `${base}.json`, text: `${JSON.stringify(content, null, 2)}\n`, type: 'application/json' };
}
