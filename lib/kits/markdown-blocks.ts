import MarkdownIt from 'markdown-it';

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

/** The top-level blocks of a Markdown document, as plain text: all the kit reader needs. */
/** `line` is the block's first line (1-based), `end` the line after it, so `lines.slice(line - 1, end - 1)` is its source. */
type Lines = { line: number; end: number };
export type MarkdownBlock = Lines &
  (
    | { type: 'heading'; depth: number; text: string }
    | { type: 'paragraph'; text: string; label?: { name: string; value: string } }
    | { type: 'list'; items: (Lines & { text: string })[]; text: string }
    | { type: 'table'; rows: string[][]; text: string }
    | { type: 'html'; text: string }
    | { type: 'other'; text: string }
  );

// The project's one Markdown reader (kits, and interviews exported by colleagues). markdown-it rather
// than micromark: measured on pathological input (20 kB of "_*": 5.5 s in micromark, 55 ms here),
// and it caps nesting. Kits are CommonMark; exported interviews are GitHub-flavoured (tables).
// Both CommonMark at heart, so the serializer's escapes read back exactly (round-trip property tests).
const PARSERS = {
  commonmark: new MarkdownIt('commonmark', { html: true }),
  gfm: new MarkdownIt('default', { html: true, linkify: false }),
};

/** Labels written as `**Role:** value`; escaped text (`\*\*Role:\*\*`) is never a label. */
const LABELS = new Set(['role:', 'source:', 'minutes:']);

export function markdownBlocks(markdown: string, dialect: keyof typeof PARSERS = 'commonmark'): MarkdownBlock[] {
  const tokens = PARSERS[dialect].parse(markdown, {});
  const blocks: MarkdownBlock[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.level !== 0) continue;
    const at = { line: (token.map?.[0] ?? 0) + 1, end: (token.map?.[1] ?? 0) + 1 };
    const end = closing(tokens, i);
    if (token.type === 'heading_open') {
      blocks.push({ type: 'heading', depth: Number(token.tag.slice(1)), text: inlineText(tokens[i + 1]), ...at });
    } else if (token.type === 'paragraph_open') {
      const inline = tokens[i + 1];
      blocks.push({ type: 'paragraph', text: inlineText(inline), label: labelOf(inline), ...at });
    } else if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') {
      const items: (Lines & { text: string })[] = [];
      for (let j = i + 1; j < end; j++) {
        const item = tokens[j]!;
        if (item.type !== 'list_item_open' || item.level !== 1) continue;
        items.push({ text: textBetween(tokens, j, closing(tokens, j)), line: (item.map?.[0] ?? 0) + 1, end: (item.map?.[1] ?? 0) + 1 });
      }
      blocks.push({ type: 'list', items, text: items.map((item) => item.text).join('\n'), ...at });
    } else if (token.type === 'table_open') {
      const rows: string[][] = [];
      for (let j = i + 1; j < end; j++) {
        const t = tokens[j]!;
        if (t.type === 'tr_open') rows.push([]);
        else if (t.type === 'inline') rows.at(-1)?.push(inlineText(t));
      }
      blocks.push({ type: 'table', rows, text: textBetween(tokens, i, end), ...at });
    } else if (token.type === 'html_block') {
      blocks.push({ type: 'html', text: token.content, ...at });
    } else if (token.type === 'fence' || token.type === 'code_block') {
      blocks.push({ type: 'other', text: token.content, ...at });
    } else if (token.type === 'blockquote_open') {
      blocks.push({ type: 'other', text: textBetween(tokens, i, end), ...at });
    }
    i = Math.max(i, end);
  }
  return blocks;
}

/** Index of the token closing the block opened at `start` (itself for single tokens). */
function closing(tokens: Token[], start: number): number {
  const open = tokens[start]!;
  if (open.nesting !== 1) return start;
  const type = open.type.replace(/_open$/, '_close');
  for (let j = start + 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.type === type && t.level === open.level) return j;
  }
  return tokens.length - 1;
}

function textBetween(tokens: Token[], from: number, to: number): string {
  const parts: string[] = [];
  for (let j = from; j < to; j++) {
    const t = tokens[j]!;
    if (t.type === 'inline') parts.push(inlineText(t));
    else if (t.type === 'fence' || t.type === 'code_block' || t.type === 'html_block') parts.push(t.content);
  }
  return parts.join('\n\n');
}

/** What a reader sees: markup dropped, raw HTML and code kept as the characters they are. */
function inlineText(token: Token | undefined): string {
  let out = '';
  for (const child of token?.children ?? []) {
    if (child.type === 'softbreak') out += '\n';
    else if (child.type === 'hardbreak') out += ' ';
    else if (child.type === 'image') out += child.content;
    else if (child.nesting === 0) out += child.content;
  }
  return out;
}

function labelOf(inline: Token | undefined): { name: string; value: string } | undefined {
  // markdown-it leaves an empty text token before a leading delimiter run.
  const children = (inline?.children ?? []).filter((t, i) => !(i === 0 && t.type === 'text' && t.content === ''));
  const [open, name, close, ...rest] = children;
  if (open?.type !== 'strong_open' || close?.type !== 'strong_close' || name?.type !== 'text') return undefined;
  const label = name.content.trim().toLowerCase();
  if (!LABELS.has(label)) return undefined;
  return { name: label, value: inlineText({ ...inline!, children: rest } as Token).trim() };
}
