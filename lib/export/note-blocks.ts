import type { BlockContent, Break, Link, List, ListItem, Paragraph, PhrasingContent, Text } from 'mdast';
import { keepLink, linkifyText } from './note-links';
import { MAX_NESTING, noteParser, type NoteToken } from './note-parser';

/**
 * A note (or summary, or red-flag note) as Markdown blocks to embed in the export.
 *
 * The note is the user's words, so it is parsed as Markdown (CommonMark with GFM strikethrough
 * and task lists) of its own: lists,
 * task lists, emphasis, strong, strikethrough, inline code and code blocks survive. Parsing it
 * alone means nothing in it can reach out of it (an unclosed fence ends with the note).
 * Then every construct that could add structure to the document, or that hides text,
 * becomes literal text, its exact source, which the serializer escapes:
 *   headings (`#`, setext), thematic breaks (`---`), block quotes (`>`), tables (`|`), raw HTML
 *   (block and inline), images, references, definitions and footnotes, and links to anything
 *   but a web address. Web addresses, bare or linked, stay links (see note-links.ts).
 * So only paragraphs, lists, code and the phrasing above remain, and a note can never start a
 * section, end the front matter or inject markup. Line breaks inside a paragraph become hard
 * breaks, so the user's lines stay lines when rendered.
 */
export function noteBlocks(note: string): BlockContent[] {
  if (note.trim() === '') return [];
  const tokens = noteParser.parse(note, {});
  // Past the nesting cap markdown-it drops the rest of the note: keep all of it as text instead.
  if (tokens.some((t) => t.level >= MAX_NESTING - 1)) return literalNote(note);
  return blocks(tokens, 0, tokens.length, source(note));
}

const source = (note: string) => note.replace(/\r\n?/g, '\n').split('\n');

function literalNote(note: string): Paragraph[] {
  return note
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .flatMap((part) => paragraph(withBreaks(part.trim())));
}

/** The blocks among tokens[from, to); `lines` (the note's lines) tell where blank lines were. */
function blocks(tokens: NoteToken[], from: number, to: number, lines: string[]): BlockContent[] {
  const out: BlockContent[] = [];
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    const end = closing(tokens, i);
    if (token.type === 'paragraph_open') out.push(...paragraph(phrasing(tokens[i + 1]?.children ?? [])));
    else if (token.type === 'fence') out.push({ type: 'code', ...fenceInfo(token.info), value: token.content.replace(/\n$/, '') });
    else if (token.type === 'code_block') out.push({ type: 'code', lang: null, meta: null, value: token.content.replace(/\n$/, '') });
    else if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') out.push(list(tokens, i, end, lines));
    else if (token.type === 'literal_block') out.push(...paragraph(withBreaks(token.content)));
    i = end;
  }
  return out;
}

function list(tokens: NoteToken[], open: number, close: number, lines: string[]): List {
  const token = tokens[open]!;
  const items: ListItem[] = [];
  let separated = false;
  for (let i = open + 1; i < close; i = closing(tokens, i) + 1) {
    const end = closing(tokens, i);
    const children = tokens.slice(i + 1, end).filter((t) => t.level === token.level + 2 && t.nesting !== -1);
    const checked = taskMark(tokens, i + 1);
    if (items.length && blankBefore(tokens[i]!, lines)) separated = true;
    items.push({
      type: 'listItem',
      // In mdast, an item is spread when a blank line separates two of its blocks (CommonMark's "loose").
      spread: children.slice(1).some((child) => blankBefore(child, lines)),
      checked,
      children: blocks(tokens, i + 1, end, lines),
    });
  }
  const ordered = token.type === 'ordered_list_open';
  const start = ordered ? Number(token.attrGet('start') ?? 1) : null;
  return { type: 'list', ordered, start, spread: separated || items.some((item) => item.spread), children: items };
}

const blankBefore = (token: NoteToken, lines: string[]) => !!token.map && lines[token.map[0] - 1]?.trim() === '';

/**
 * GFM task list item: `[ ]` or `[x]` opening the item's first paragraph, then white space. Read
 * by hand (markdown-it has no such rule); the mark is taken off the paragraph's text as micromark's
 * mdast did: the mark, and one space after it.
 */
function taskMark(tokens: NoteToken[], first: number): boolean | null {
  const inline = tokens[first + 1];
  const text = inline?.children?.[0];
  if (tokens[first]?.type !== 'paragraph_open' || text?.type !== 'text') return null;
  const mark = /^\[([ xX])\](?=\s)/.exec(inline!.content);
  if (!mark || !text.content.startsWith(mark[0])) return null;
  text.content = text.content.slice(3).replace(/^ /, '');
  return mark[1] !== ' ';
}

/** markdown-it keeps the info string as written; its escapes and entities are read here, as CommonMark says. */
function fenceInfo(raw: string): { lang: string | null; meta: string | null } {
  const info = noteParser.utils.unescapeAll(raw).trim();
  const lang = /^\S+/.exec(info)?.[0] ?? null;
  return { lang, meta: lang === null ? null : info.slice(lang.length).trim() || null };
}

/** Index of the token closing the one at `start` (itself when it opens nothing). */
function closing(tokens: NoteToken[], start: number): number {
  const open = tokens[start]!;
  if (open.nesting !== 1) return start;
  for (let j = start + 1; j < tokens.length; j++) if (tokens[j]!.nesting === -1 && tokens[j]!.level === open.level) return j;
  return tokens.length - 1;
}

type Frame = { children: PhrasingContent[]; open?: NoteToken };
const WRAPPERS = { em_open: 'emphasis', strong_open: 'strong', s_open: 'delete' } as const;

/** Inline tokens as mdast phrasing, with a stack rather than recursion: emphasis may nest thousands deep. */
function phrasing(tokens: NoteToken[]): PhrasingContent[] {
  const stack: Frame[] = [{ children: [] }];
  let inLink = false; // a link's own words are not searched for addresses: links do not nest
  for (const token of tokens) {
    const frame = stack.at(-1)!;
    if (token.nesting === 1) {
      stack.push({ children: [], open: token });
      inLink ||= token.type === 'link_open';
    } else if (token.nesting === -1 && stack.length > 1) {
      stack.pop();
      if (token.type === 'link_close') inLink = false;
      stack.at(-1)!.children.push(...closed(frame));
    } else if (token.type === 'text')
      frame.children.push(
        ...withBreaks(token.content).flatMap((n): PhrasingContent[] => (n.type === 'text' && !inLink ? linkifyText(n.value) : [n])),
      );
    else if (token.type === 'softbreak' || token.type === 'hardbreak') endLine(frame.children);
    else if (token.type === 'code_inline') frame.children.push({ type: 'inlineCode', value: token.content });
    else frame.children.push(...withBreaks(sourceOf(token) ?? token.content));
  }
  return stack[0]!.children;
}

/** A line break, with the white space before it dropped (markdown-it trims spaces there, not tabs). */
function endLine(children: PhrasingContent[]) {
  const last = children.at(-1);
  if (last?.type === 'text') last.value = last.value.replace(/[ \t]+$/, '');
  if (last?.type === 'text' && !last.value) children.pop();
  children.push({ type: 'break' });
}

function closed({ open, children }: Frame): PhrasingContent[] {
  if (open?.type === 'link_open') {
    const source = sourceOf(open) ?? '';
    // A reference (`[words][label]`, `[label]`) ends with `]`: refused, as its definition is.
    if (source.endsWith(']')) return withBreaks(source);
    const link: Link = { type: 'link', url: String(open.attrGet('href') ?? ''), children: children.filter(notLink) as Link['children'] };
    return keepLink(link, link.children) ?? withBreaks(source);
  }
  const type = WRAPPERS[open?.type as keyof typeof WRAPPERS];
  return type ? [{ type, children } as PhrasingContent] : children;
}

/** The text a refused construct was written as, recorded by note-parser.ts. */
const sourceOf = (token: NoteToken): string | undefined => (token.meta as { source?: string } | null)?.source;

const notLink = (node: PhrasingContent) => node.type !== 'link';

/**
 * A paragraph with no break at either end and never two in a row: a break there would serialize
 * as a stray backslash or an empty line. Nothing left means no paragraph.
 */
function paragraph(children: PhrasingContent[]): Paragraph[] {
  const tidy = children.filter(
    (node, i) => node.type !== 'break' || (i > 0 && i < children.length - 1 && children[i + 1]?.type !== 'break'),
  );
  while (tidy[0]?.type === 'break') tidy.shift();
  return tidy.length ? [{ type: 'paragraph', children: tidy }] : [];
}

/** Text with its line endings turned into hard breaks; continuation indentation is dropped. */
function withBreaks(text: string): (Text | Break)[] {
  return text.split('\n').flatMap((line, i): (Text | Break)[] => {
    const value = i === 0 ? line : line.trimStart();
    const parts: (Text | Break)[] = i === 0 ? [] : [{ type: 'break' }];
    if (value) parts.push({ type: 'text', value });
    return parts;
  });
}
