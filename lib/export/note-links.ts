import type { Link, PhrasingContent, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';

/**
 * Web addresses in a note stay links. Only characters a Markdown reader keeps as they are
 * (no escapes, no percent-encoding) are part of an address, so what is written is what is linked.
 */
const URL_PATTERN = /https?:\/\/(?:[A-Za-z0-9!#$&'()*+,\-./:;=?@_~]|%[0-9A-Fa-f]{2})+/g;
const WHOLE_URL = new RegExp(`^${URL_PATTERN.source}$`);
/** Trailing punctuation ends a sentence, not the address (as GitHub's autolinks read it). */
const TRAILING = /[?!.,:;*_~'"]+$/;

const link = (url: string): Link => ({ type: 'link', url, children: [{ type: 'text', value: url }] });

/** Splits text into text and links for every http(s) address in it. */
export function linkifyText(value: string): (Text | Link)[] {
  const out: (Text | Link)[] = [];
  let last = 0;
  for (const match of value.matchAll(URL_PATTERN)) {
    const url = trimUrl(match[0]);
    if (!url.includes('.', url.indexOf('//') + 2)) continue;
    if (match.index > last) out.push({ type: 'text', value: value.slice(last, match.index) });
    out.push(link(url));
    last = match.index + url.length;
  }
  if (last < value.length) out.push({ type: 'text', value: value.slice(last) });
  return out;
}

function trimUrl(url: string): string {
  let trimmed = url.replace(TRAILING, '');
  // A closing parenthesis belongs to the address only when it closes one opened inside it.
  while (trimmed.endsWith(')') && count(trimmed, ')') > count(trimmed, '(')) trimmed = trimmed.slice(0, -1).replace(TRAILING, '');
  return trimmed;
}
const count = (s: string, c: string) => s.split(c).length - 1;

/**
 * A link the note author wrote: kept when it goes to a web address, as `<address>`; a link with
 * its own words becomes "words (<address>)", so the reader sees where it goes. Anything else
 * (javascript:, relative, data:) is undefined here, and the caller writes it as literal text.
 */
export function keepLink(node: Link, words: PhrasingContent[]): PhrasingContent[] | undefined {
  if (!WHOLE_URL.test(node.url)) return undefined;
  if (toString(node) === node.url) return [link(node.url)];
  return [...words, { type: 'text', value: ' (' }, link(node.url), { type: 'text', value: ')' }];
}
