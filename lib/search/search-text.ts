/** Lower case without accents, so "José" and "jose" are the same word to search and to group. */
export function foldText(value: string): string {
  // Most words are ASCII; normalising them is the bulk of indexing time and changes nothing.
  if (ASCII.test(value)) return value.toLowerCase();
  return value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}
// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;

/** Words as the index cuts them: runs of letters and digits in any script. */
export const WORD = /[\p{L}\p{N}]+/gu;

export function words(value: string): string[] {
  return value.match(WORD) ?? [];
}

export interface TextPart {
  text: string;
  /** True for a word that matched the search. */
  hit: boolean;
}

/** Cuts text into parts, marking the words whose folded form starts with one of `terms` (prefix search). */
export function highlightParts(text: string, terms: readonly string[]): TextPart[] {
  const folded = terms.map(foldText).filter(Boolean);
  if (!folded.length) return [{ text, hit: false }];
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    const word = foldText(match[0]);
    if (!folded.some((term) => word.startsWith(term))) continue;
    if (match.index > last) parts.push({ text: text.slice(last, match.index), hit: false });
    parts.push({ text: match[0], hit: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), hit: false });
  return parts;
}

/**
 * About `width` characters of `text` around the first word matching `terms`, cut at word
 * boundaries, with an ellipsis where text was left out. Undefined when no word matches.
 */
export function snippetAround(text: string, terms: readonly string[], width = 120): string | undefined {
  const flat = text.replace(/\s+/g, ' ').trim();
  const parts = highlightParts(flat, terms);
  const first = parts.findIndex((p) => p.hit);
  if (first < 0) return undefined;
  const at = parts.slice(0, first).reduce((n, p) => n + p.text.length, 0);
  let start = Math.max(0, at - Math.floor(width / 3));
  let end = Math.min(flat.length, start + width);
  if (start > 0) start = flat.indexOf(' ', start) + 1 || start;
  if (start > at) start = at;
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    if (space > at) end = space;
  }
  return `${start > 0 ? '…' : ''}${flat.slice(start, end).trim()}${end < flat.length ? '…' : ''}`;
}
