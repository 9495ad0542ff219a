import type { BlockContent, Break, Nodes, Paragraph, PhrasingContent, Text } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { keepLink, linkifyText } from './note-links';

/**
 * Export's note reader before it moved to markdown-it (note-blocks.ts): micromark with GFM
 * strikethrough and task lists, the same refusals. Kept for tests and as the benchmark's baseline
 * (scripts/bench-export.ts): micromark is super-linear on emphasis-heavy text.
 */
export function micromarkNoteBlocks(note: string): BlockContent[] {
  const source = note.replace(/\r\n?/g, '\n');
  if (source.trim() === '') return [];
  const tree = fromMarkdown(source, NOTE_SYNTAX);
  return tree.children.flatMap((node) => keepBlock(node, source));
}

// Only the GFM parts whose result is kept: tables, autolinks and footnotes would become literal
// text anyway, and parsing them (autolink literals above all) doubles the time a note takes.
const NOTE_SYNTAX = {
  extensions: [gfmStrikethrough(), gfmTaskListItem()],
  mdastExtensions: [gfmStrikethroughFromMarkdown(), gfmTaskListItemFromMarkdown()],
};
const KEPT_CONTAINERS = new Set(['list', 'listItem']);
const KEPT_PHRASING = new Set(['emphasis', 'strong', 'delete', 'inlineCode', 'text', 'break']);

function keepBlock(node: Nodes, source: string): BlockContent[] {
  if (node.type === 'paragraph') return paragraph(keepPhrasing(node.children, source));
  if (node.type === 'code') return [{ type: 'code', lang: node.lang, meta: node.meta, value: node.value }];
  if (KEPT_CONTAINERS.has(node.type) && 'children' in node) {
    const copy = { ...node, position: undefined, children: node.children.flatMap((c) => keepBlock(c, source)) };
    return [copy as BlockContent];
  }
  return paragraph(withBreaks(sourceOf(node, source)));
}

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

const notLink = (node: PhrasingContent) => node.type !== 'link';

function keepPhrasing(nodes: PhrasingContent[], source: string): PhrasingContent[] {
  return nodes.flatMap((node): PhrasingContent[] => {
    if (node.type === 'text')
      return withBreaks(node.value).flatMap((n): PhrasingContent[] => (n.type === 'text' ? linkifyText(n.value) : [n]));
    if (node.type === 'link')
      return keepLink(node, keepPhrasing(node.children, source).filter(notLink)) ?? withBreaks(sourceOf(node, source));
    if (!KEPT_PHRASING.has(node.type)) return withBreaks(sourceOf(node, source));
    if ('children' in node) return [{ ...node, position: undefined, children: keepPhrasing(node.children, source) } as PhrasingContent];
    return [{ ...node, position: undefined }];
  });
}

/** The node's exact text in the note, so a refused construct reads as the user typed it. */
function sourceOf(node: Nodes, source: string): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? '' : source.slice(start, end);
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
