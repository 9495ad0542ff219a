import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';

// micromark, not the project's markdown-it: a second, independent GitHub-flavoured reader checks
// the exports, as a colleague's tools would read them. Tests only.
const PARSE_OPTIONS = {
  extensions: [frontmatter(['yaml']), gfm()],
  mdastExtensions: [frontmatterFromMarkdown(['yaml']), gfmFromMarkdown()],
};

/** Parses an exported document back, as a reader (and the tests) would. */
export function parseExportedMarkdown(markdown: string): Root {
  return fromMarkdown(markdown, PARSE_OPTIONS);
}
