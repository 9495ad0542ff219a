import { markdownToKit } from './kit-markdown-parse';
import { parseKitContent, type KitParseResult } from './kit-schema';
import type { KitContent } from './kit-types';
import { parsePageText } from './page-text-parser';

/** Refused before parsing: far beyond any kit, and parsing it stays well under a second. */
export const MAX_IMPORT_CHARS = 2_000_000;
/**
 * Markdown parsing costs more per character (measured worst case, headings-only input: ~2.3 µs per
 * character), so Markdown is capped lower to stay under a second; real kits are a few kB.
 */
export const MAX_MARKDOWN_CHARS = 250_000;
export const UNTITLED_KIT = 'Imported kit';

export type ImportKind = 'json' | 'markdown' | 'page';

export type ImportResult =
  { ok: true; kind: ImportKind; kit: KitContent; notFound: string[]; skipped: string[] } | { ok: false; kind?: ImportKind; error: string };

/**
 * Turns pasted text or a file's text into a kit, or a message saying what is wrong and where.
 * Never throws: any input gives one of the two. Nothing is saved here; the caller shows a preview.
 */
export function importKit(text: string, fileName?: string): ImportResult {
  try {
    if (text.length > MAX_IMPORT_CHARS) {
      return { ok: false, error: `This is ${sizeOf(text.length)}; a kit can be at most ${sizeOf(MAX_IMPORT_CHARS)}.` };
    }
    if (!text.trim()) return { ok: false, error: 'There is nothing to import: paste a kit or choose a file.' };
    const kind = detectKind(text, fileName);
    if (kind === 'json') return finish(kind, fromJson(text), []);
    if (kind === 'markdown') {
      if (text.length > MAX_MARKDOWN_CHARS) {
        return {
          ok: false,
          kind,
          error: `This Markdown is ${sizeOf(text.length)}; a Markdown kit can be at most ${sizeOf(MAX_MARKDOWN_CHARS)}.`,
        };
      }
      const { result, skipped } = markdownToKit(text);
      return finish(kind, result, skipped);
    }
    const draft = parsePageText(text);
    if (draft.questions.length === 0) {
      return {
        ok: false,
        kind,
        error:
          'No questions found in this text. A kit needs a numbered list of questions, “Question 1:” blocks, or a bulleted list of questions.',
      };
    }
    const result = finish(kind, parseKitContent({ ...draft, title: draft.title ?? UNTITLED_KIT }), []);
    if (result.ok && !draft.title) result.notFound.unshift('Title (named “Imported kit”)');
    if (result.ok && !draft.description) result.notFound.push('Description');
    return result;
  } catch (error) {
    // A parser bug must still end as a message, never as a half-finished import.
    return { ok: false, error: `Could not read this text: ${error instanceof Error ? error.message : String(error)}` };
  }
}

export function detectKind(text: string, fileName?: string): ImportKind {
  const ext = fileName?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  if (ext === 'json') return 'json';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  const start = text.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return 'json';
  if (ext !== 'txt' && /^#{1,6}[ \t]+\S/m.test(text.slice(0, 20_000))) return 'markdown';
  return 'page';
}

function fromJson(text: string): KitParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = Number(/position (\d+)/.exec(message)?.[1]);
    const where = Number.isFinite(position) ? `${lineAndColumn(text, position)}: ` : '';
    return { ok: false, error: `This is not valid JSON: ${where}${message.replace(/\s*\(line \d+ column \d+\)/, '')}` };
  }
  return parseKitContent(data);
}

function finish(kind: ImportKind, result: KitParseResult, skipped: string[]): ImportResult {
  if (!result.ok) return { ok: false, kind, error: result.error };
  return { ok: true, kind, kit: result.kit, notFound: gaps(result.kit), skipped };
}

/** What the kit lacks, said the way the preview shows it. */
export function gaps(kit: KitContent): string[] {
  const missing = (pick: (q: KitContent['questions'][number]) => string | undefined) =>
    kit.questions.flatMap((q, i) => (pick(q) ? [] : [i + 1]));
  const list = (label: string, numbers: number[]) =>
    numbers.length === 0 ? [] : [`${label} for question${numbers.length > 1 ? 's' : ''} ${numbers.join(', ')}`];
  return [
    ...list(
      'Guidance',
      missing((q) => q.guidance),
    ),
    ...list(
      'Sample answer',
      missing((q) => q.sampleAnswer),
    ),
    ...(kit.goodCandidate ? [] : ['What a good candidate looks like']),
    ...(kit.redFlags.length > 0 ? [] : ['Red flags']),
  ];
}

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return `line ${line}, column ${position - before.lastIndexOf('\n')}`;
}

function sizeOf(chars: number): string {
  return chars >= 1_000_000 ? `${(chars / 1_000_000).toFixed(1)} million characters` : `${chars.toLocaleString('en')} characters`;
}
