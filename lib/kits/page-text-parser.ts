import { classifyLine, isNoise, isTransition, titleCase } from './page-text-lines';
import { splitInlineLabels } from './page-text-inline-labels';
import { profileParagraphs, readOutline, type Outline } from './page-text-outline';
import { joinParas, readParagraph, redFlagItems, type Line } from './page-text-sections';
import { questionsBySection } from './page-text-segments';

export interface PageKitDraft {
  title?: string;
  role?: string;
  description?: string;
  questions: { text: string; guidance?: string; sampleAnswer?: string }[];
  goodCandidate?: string;
  redFlags: string[];
}

/**
 * Reads the text of an interview-questions page, as a browser copies it or as the page reader
 * (page-reader.ts) writes it. Structure first: when the page has sections whose headings say they
 * hold questions, questions come only from those; the introduction's lists and "what to look for"
 * sections are the profile; red flags come from their sections and labels. Within the questions:
 * "Question #1:" / "Q:" blocks, numbered questions each followed by an explanation (guidance) and a
 * sample answer, questions standing alone as headings, tables, or lists of questions.
 */
export function parsePageText(input: string): PageKitDraft {
  const lines = toLines(input);
  const titleAt = findTitle(lines);
  const outline = readOutline(lines, titleAt);
  const { questions, tableRedFlags } = questionsBySection(lines, outline);
  const draft: PageKitDraft = { questions: questions.map(({ at: _at, ...q }) => q), redFlags: [] };
  const firstAt = questions.length > 0 ? Math.min(...questions.map((q) => q.at)) : Infinity;

  for (const section of outline.sections) {
    const { kind } = lines[section.at]!;
    if (kind.kind === 'goodHeading') draft.role ??= kind.role && titleCase(kind.role);
  }
  draft.goodCandidate = joinParas(profileParagraphs(lines, outline));
  draft.redFlags = redFlags(lines, outline, tableRedFlags);

  const preambleEnd = Number.isFinite(firstAt) ? firstAt : lines.length;
  const titleLine = titleAt >= 0 ? lines[titleAt]!.text : undefined;
  const named = titleLine !== undefined && NAMED_TITLE.test(titleLine);
  // "Top 10 data analyst interview questions" names the role; a blog post's title is kept as written.
  const fromTitle = !named
    ? titleLine
    : titleLine
        .replace(/^(\d+\s+|top\s+\d+\s+|(real[- ]life|good|best|common|sample|essential|the)\s+)*/i, '')
        .replace(/\s*\binterview\s+(questions|kit|guide)\b.*$/i, '')
        .replace(/[\s:–—|-]+$/, '')
        .trim();
  draft.title = draft.role ?? (fromTitle ? (named ? titleCase(fromTitle) : fromTitle) : undefined);
  if (named) draft.role ??= draft.title;
  if (titleAt >= 0 && titleAt < preambleEnd) {
    const next = lines.slice(titleAt + 1, preambleEnd).find((l) => l.kind.kind === 'text' && l.text.length >= 40 && !l.cells);
    const at = next ? lines.indexOf(next) : -1;
    if (next && !isTransition(next.text)) draft.description = readParagraph(lines, at, preambleEnd).text;
  }
  return draft;
}

function toLines(input: string): Line[] {
  const out: Line[] = [];
  let para = 0;
  for (const raw of input.replace(/\r\n?/g, '\n').split('\n')) {
    const cells = raw.includes('\t') ? raw.split('\t').map(clean).filter(Boolean) : [];
    if (cells.length >= 2) {
      const text = cells.join(' ');
      out.push({ text, kind: classifyLine(text), para, cells });
      continue;
    }
    const text = clean(raw);
    if (!text) {
      para++;
      continue;
    }
    for (const part of splitInlineLabels(text)) out.push({ text: part, kind: classifyLine(part), para });
  }
  return out;
}

const clean = (raw: string) => raw.replace(/[\s\u200b\u2060\ufeff]+/g, ' ').trim();

const NAMED_TITLE = /\binterview (questions|kit|guide)\b/i;

/** The page's title: a line naming interview questions or a kit near the top, else its first heading. */
function findTitle(lines: Line[]): number {
  const named = lines.findIndex((l, at) => at < 60 && l.text.length < 150 && NAMED_TITLE.test(l.text));
  if (named >= 0) return named;
  return lines.findIndex((l, at) => at < 5 && l.kind.kind === 'text' && l.text.length < 120 && !isNoise(l.text) && !/[.:,;]$/.test(l.text));
}

/** Every red flags section and label, and red flag columns; each flag once. */
function redFlags(lines: Line[], outline: Outline, fromTables: string[]): string[] {
  const flags = new Set<string>();
  lines.forEach(({ kind }, at) => {
    if (kind.kind !== 'redFlagsHeading' || outline.zones[at] === 'stop') return;
    for (const flag of redFlagItems(lines, at + 1, kind.rest)) flags.add(flag);
  });
  for (const flag of fromTables) flags.add(flag);
  return [...flags];
}
