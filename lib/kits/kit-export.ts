import { kitToMarkdown } from './kit-markdown';
import { slugify } from './kit-schema';
import type { KitContent } from './kit-types';

export type ExportFormat = 'markdown' | 'json';

/** A kit as a file: only its content, so the file imports anywhere as a new kit. */
export function exportKit(kit: KitContent, format: ExportFormat): { fileName: string; text: string; type: string } {
  const { title, role, description, questions, goodCandidate, redFlags, sourceUrl } = kit;
  const content: KitContent = { title, role, description, questions, goodCandidate, redFlags, sourceUrl };
  const base = slugify(title).replace(/^question$/, 'kit');
  return format === 'markdown'
    ? { fileName: `${base}.md`, text: kitToMarkdown(content), type: 'text/markdown;charset=utf-8' }
    : { fileName: `${base}.json`, text: `${JSON.stringify(content, null, 2)}\n`, type: 'application/json' };
}
