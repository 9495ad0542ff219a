import MarkdownIt from 'markdown-it';

export type NoteToken = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

/** Deeper than this, markdown-it stops reading blocks and drops what is left; note-blocks.ts then keeps the note as text. */
export const MAX_NESTING = 100;

/**
 * The note reader: markdown-it's CommonMark with strikethrough, the project's one Markdown parser
 * (see lib/kits/markdown-blocks.ts). Linear on emphasis-heavy text, where micromark is not.
 *
 * markdown-it's tokens carry line maps but no character offsets, and a refused construct must be
 * written as the exact text the user typed. So the rules that read refused constructs are wrapped
 * to record their source where they run, when the parser's own position says where they start and end:
 * - blocks (headings, setext, rules, block quotes, raw HTML, definitions) become one `literal_block`
 *   token holding their source, and whatever they would have held is dropped unread;
 * - inline links, images, raw HTML and autolinks get `meta.source`, their text in the inline content.
 * Tables are not read at all (CommonMark has none): their lines stay a paragraph, as they did before.
 */
export const noteParser = new MarkdownIt('commonmark', { maxNesting: MAX_NESTING }).enable('strikethrough');

// Every link is read as a link whatever its address, as written (no percent-encoding): keepLink in
// note-links.ts decides which are kept, and the rest become their source text.
noteParser.validateLink = () => true;
noteParser.normalizeLink = (url) => url;
noteParser.normalizeLinkText = (text) => text;

type BlockRule = Parameters<typeof noteParser.block.ruler.at>[1];
type InlineRule = Parameters<typeof noteParser.inline.ruler.at>[1];

const LITERAL_BLOCKS = ['heading', 'lheading', 'hr', 'blockquote', 'html_block', 'reference'];
const SOURCED_INLINE = { link: 'link_open', image: 'image', html_inline: 'html_inline', autolink: 'link_open' } as const;

for (const rule of noteParser.block.ruler.__rules__) {
  if (!LITERAL_BLOCKS.includes(rule.name)) continue;
  const read = rule.fn;
  noteParser.block.ruler.at(
    rule.name,
    ((state, startLine, endLine, silent) => {
      const before = state.tokens.length;
      const found = read(state, startLine, endLine, silent);
      if (!found || silent) return found;
      state.tokens.length = before;
      const token = state.push('literal_block', '', 0);
      token.content = state.src.slice(state.bMarks[startLine]! + state.tShift[startLine]!, state.eMarks[state.line - 1]);
      token.map = [startLine, state.line];
      return true;
    }) as BlockRule,
    { alt: rule.alt }, // without it `at` forgets which blocks the rule may interrupt
  );
}

for (const rule of noteParser.inline.ruler.__rules__) {
  const type = SOURCED_INLINE[rule.name as keyof typeof SOURCED_INLINE];
  if (!type) continue;
  const read = rule.fn;
  noteParser.inline.ruler.at(
    rule.name,
    ((state, silent) => {
      const start = state.pos;
      const before = state.tokens.length;
      if (!read(state, silent)) return false;
      // A pending text token may be pushed first, and nested links come after: the first of the type is ours.
      const token = state.tokens.slice(before).find((t) => t.type === type);
      if (token) token.meta = { source: state.src.slice(start, state.pos) };
      return true;
    }) as InlineRule,
    { alt: rule.alt },
  );
}
