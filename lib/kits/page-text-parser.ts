import { classifyLine, isTransition, titleCase } from './page-text-lines';
import { inList, joinParas, looksLikeHeading, questionBody, readParagraph, redFlagItems, sectionParas, type Line } from './page-text-sections';


export interface PageKitDraft {
  title?: string;
  role?: string;
  description?: string;
  questions: { text: string; guidance?: string; sampleAnswer?: string }[];
  goodCandidate?: string;
  redFlags: string[];
}

/**
 * Reads the text of an interview-questions page as a browser copies it. The main layout: a numbered
 * list of questions, then each question again with an explanation and a "Sample answer", then
 * "What does a good … candidate look like?" and "Red flag(s)". Other layouts ("Question #1:" blocks,
 * bulleted lists of questions) give what they hold. Only known sections are read, so banners,
 * author blocks and sign-up lines are never copied into the kit.
 */
export function parsePageText(input: string): PageKitDraft {
  const lines = toLines(input);
  const headings = questionHeadings(lines);
  const firstQuestion = headings[0]?.at ?? lines.findIndex((l) => l.kind.kind === 'numbered' || l.kind.kind === 'bullet');
  const draft: PageKitDraft = { questions: [], redFlags: [] };
  let seenRedFlags = false;

  for (let i = 0; i < lines.length; i++) {
    const { kind } = lines[i]!;
    if (kind.kind === 'goodHeading') {
      draft.role ??= kind.role && titleCase(kind.role);
      draft.goodCandidate ??= joinParas(sectionParas(lines, i + 1, true));
    } else if (kind.kind === 'redFlagsHeading' && !seenRedFlags) {
      seenRedFlags = true;
      draft.redFlags = redFlagItems(lines, i + 1);
    }
  }

  if (headings.length > 0) {
    draft.questions = headings.map((h, n) => ({ text: h.text, ...questionBody(lines, h.at + 1, headings[n + 1]?.at) }));
    draft.questions = mergeWithList(lines, draft.questions);
  } else {
    draft.questions = listedQuestions(lines);
  }

  const preambleEnd = firstQuestion < 0 ? lines.length : firstQuestion;
  const titleAt = lines.slice(0, preambleEnd).findIndex((l) => /\binterview (questions|kit|guide)\b/i.test(l.text) && l.text.length < 150);
  const titleLine = titleAt >= 0 ? lines[titleAt]!.text : undefined;
  const fromTitle = titleLine
    ?.replace(/^(\d+\s+|top\s+\d+\s+|(real[- ]life|good|best|common|sample|essential|the)\s+)*/i, '')
    .replace(/\s+interview\s+(questions|kit|guide)\b.*$/i, '')
    .trim();
  draft.title = draft.role ?? (fromTitle ? titleCase(fromTitle) : undefined);
  draft.role ??= draft.title;
  if (titleAt >= 0) {
    const next = lines.slice(titleAt + 1, preambleEnd).find((l) => l.kind.kind === 'text' && l.text.length >= 40);
    const at = next ? lines.indexOf(next) : -1;
    if (next && !isTransition(next.text)) draft.description = readParagraph(lines, at, preambleEnd).text;
  }
  return draft;
}

function toLines(input: string): Line[] {
  const out: Line[] = [];
  let para = 0;
  for (const raw of input.replace(/\r\n?/g, '\n').split('\n')) {
    const text = raw.replace(/[\s\u200b\u2060\ufeff]+/g, ' ').trim();
    if (!text) {
      para++;
      continue;
    }
    out.push({ text, kind: classifyLine(text), para });
  }
  return out;
}

type Heading = { at: number; text: string };

/** "Question #N" lines, or numbered lines that stand alone (not inside a list), numbered 1, 2, 3… */
function questionHeadings(lines: Line[]): Heading[] {
  const explicit: Heading[] = [];
  lines.forEach(({ kind }, at) => {
    if (kind.kind !== 'questionHeading') return;
    const text = kind.text || (lines[at + 1]?.kind.kind === 'text' ? lines[at + 1]!.text : '');
    if (text) explicit.push({ at: kind.text ? at : at + 1, text });
  });
  if (explicit.length > 0) return explicit;

  const headings: Heading[] = [];
  let expected = 1;
  lines.forEach(({ kind }, at) => {
    if (kind.kind !== 'numbered' || inList(lines, at)) return;
    if (kind.num === expected) {
      headings.push({ at, text: kind.text });
      expected++;
    }
  });
  return headings;
}

/** A numbered line whose neighbour is the next or previous number of the same list. */
/** When a numbered list names more questions than have details, keep the list's order and text. */
function mergeWithList(lines: Line[], detailed: PageKitDraft['questions']): PageKitDraft['questions'] {
  const key = (t: string) => t.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  const byText = new Map(detailed.map((q) => [key(q.text), q]));
  const list = lines.filter((_, i) => inList(lines, i)).map((l) => (l.kind.kind === 'numbered' ? l.kind.text : ''));
  const listed = new Set(list.map(key));
  if (list.length <= detailed.length || !detailed.every((q) => listed.has(key(q.text)))) return detailed;
  return list.map((text) => byText.get(key(text)) ?? { text });
}

const QUESTION_START = /^(describe|explain|tell|walk|give|share|talk|how|what|why|when|where|which|who|can|could|would|have|has|do|does|did|is|are|if)\b/i;

/** Without question headings: list items that read as questions, outside the profile and red flags. */
function listedQuestions(lines: Line[]): PageKitDraft['questions'] {
  const questions: PageKitDraft['questions'] = [];
  let section: 'main' | 'other' = 'main';
  for (const { kind, text } of lines) {
    if (kind.kind === 'goodHeading' || kind.kind === 'redFlagsHeading' || kind.kind === 'stop') section = 'other';
    else if (section === 'other' && kind.kind === 'text' && looksLikeHeading(text) && /question/i.test(text)) section = 'main';
    if (section !== 'main' || (kind.kind !== 'bullet' && kind.kind !== 'numbered')) continue;
    if (/\?$/.test(kind.text) || QUESTION_START.test(kind.text)) questions.push({ text: kind.text });
  }
  return questions;
}
