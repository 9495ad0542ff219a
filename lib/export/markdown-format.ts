import type { Root } from 'mdast';
import { frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown, type Options as ToMarkdownOptions } from 'mdast-util-to-markdown';
import { EMAIL_AUTOLINK_START } from '../text/email-autolink-escape';
import { textKeepingStamps } from './stamp-text';

/**
 * The one Markdown dialect of exports: GitHub-flavoured, YAML front matter, `-` bullets, `_`
 * emphasis, fenced code. The serializer escapes whatever text would otherwise read as syntax.
 */
export function serializeMarkdown(tree: Root): string {
  return toMarkdown(tree, SERIALIZE_OPTIONS);
}

/** The document without its front matter: what a comment box, an ATS field or a chat can take. */
export function serializeWithoutFrontMatter(tree: Root): string {
  return serializeMarkdown({ ...tree, children: tree.children.filter((node) => node.type !== 'yaml') });
}

// Built once: creating the extensions on every call costs more than a short note takes to write.
const SERIALIZE_OPTIONS: ToMarkdownOptions = {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  rule: '-',
  fences: true,
  listItemIndent: 'one',
  // All of GFM's escapes: a leading `|` must not start a table, and text must not turn into an
  // autolink whose end swallows an escape (the property test found `http://x\#` in a heading).
  extensions: [frontmatterToMarkdown(['yaml']), gfmToMarkdown()],
  unsafe: [EMAIL_AUTOLINK_START],
  handlers: { text: textKeepingStamps },
};
