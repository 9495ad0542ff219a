import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown, frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown, gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';

/**
 * The one Markdown dialect of exports: GitHub-flavoured, YAML front matter, `-` bullets, `_`
 * emphasis, fenced code. The serializer escapes whatever text would otherwise read as syntax.
 */
export function serializeMarkdown(tree: Root): string {
  return toMarkdown(tree, {
    bullet: '-',
    emphasis: '_',
    strong: '*',
    rule: '-',
    fences: true,
    listItemIndent: 'one',
    extensions: [frontmatterToMarkdown(['yaml']), gfmToMarkdown()],
  });
}

/** Parses an exported document back, as a reader (and the tests) would. */
export function parseExportedMarkdown(markdown: string): Root {
  return fromMarkdown(markdown, {
    extensions: [frontmatter(['yaml']), gfm()],
    mdastExtensions: [frontmatterFromMarkdown(['yaml']), gfmFromMarkdown()],
  });
}
