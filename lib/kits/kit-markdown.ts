import type { BlockContent, Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { EMAIL_AUTOLINK_START } from '../text/email-autolink-escape';
import type { KitContent } from './kit-types';

/**
 * A kit as a Markdown document, built as a syntax tree and written by a Markdown serializer, so that
 * text containing `#`, `*`, `|`, `>` or HTML is escaped and cannot change the document's structure.
 *
 *   # Title
 *   **Role:** …            (optional)
 *   **Source:** https://…  (optional: where the kit was imported from)
 *   Description paragraphs (optional)
 *   ## Questions
 *   ### 1. Question text
 *   <!-- id: question-id -->   (kept so a round trip keeps ids; optional when writing by hand)
 *   **Minutes:** 5         (optional)
 *   #### Guidance          (paragraphs)
 *   #### Sample answer     (paragraphs)
 *   ## What a good candidate looks like
 *   ## Red flags           (a list)
 */
export const GOOD_CANDIDATE_HEADING = 'What a good candidate looks like';

export function kitToMarkdown(kit: KitContent): string {
  const nodes: RootContent[] = [heading(1, kit.title)];
  if (kit.role) nodes.push(labelled('Role:', kit.role));
  if (kit.sourceUrl) nodes.push(labelled('Source:', kit.sourceUrl));
  nodes.push(...paragraphs(kit.description));
  nodes.push(heading(2, 'Questions'));
  kit.questions.forEach((q, i) => {
    nodes.push(heading(3, `${i + 1}. ${q.text}`), { type: 'html', value: `<!-- id: ${q.id} -->` });
    if (q.minutes !== undefined) nodes.push(labelled('Minutes:', String(q.minutes)));
    if (q.guidance) nodes.push(heading(4, 'Guidance'), ...paragraphs(q.guidance));
    if (q.sampleAnswer) nodes.push(heading(4, 'Sample answer'), ...paragraphs(q.sampleAnswer));
  });
  if (kit.goodCandidate) nodes.push(heading(2, GOOD_CANDIDATE_HEADING), ...paragraphs(kit.goodCandidate));
  if (kit.redFlags.length > 0) {
    nodes.push(heading(2, 'Red flags'), {
      type: 'list',
      ordered: false,
      spread: false,
      children: kit.redFlags.map((flag) => ({ type: 'listItem', spread: false, children: [paragraph([text(flag)])] })),
    });
  }
  const root: Root = { type: 'root', children: nodes };
  return toMarkdown(root, { bullet: '-', emphasis: '_', strong: '*', fences: true, rule: '-', unsafe: [EMAIL_AUTOLINK_START] });
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const paragraph = (children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });
const heading = (depth: Heading['depth'], value: string): Heading => ({ type: 'heading', depth, children: [text(value)] });
const labelled = (label: string, value: string): Paragraph => paragraph([{ type: 'strong', children: [text(label)] }, text(` ${value}`)]);
const paragraphs = (value: string | undefined): BlockContent[] => (value ? value.split('\n\n').map((p) => paragraph([text(p)])) : []);
