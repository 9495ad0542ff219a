/** Finding the questions of a pasted page: their headings, or failing that, the lists that hold them. */
import { inList, type Line } from './page-text-sections';

export type Heading = { at: number; text: string };

/**
 * "Question #N" / "Q:" lines; else numbered lines that stand alone (not inside a list), numbered
 * 1, 2, 3… (read per section, so a new section may count from 1 again); else lines
 * standing alone that end with a question mark (headings or <details> summaries that are
 * questions), when there are at least two and no more list items that read as questions.
 */
export function questionHeadings(lines: Line[], listed: number): Heading[] {
  const explicit: Heading[] = [];
  lines.forEach(({ kind }, at) => {
    if (kind.kind !== 'questionHeading') return;
    const text = kind.text || (lines[at + 1]?.kind.kind === 'text' ? lines[at + 1]!.text : '');
    if (text) explicit.push({ at: kind.text ? at : at + 1, text });
  });
  if (explicit.length > 0) return explicit;

  const numbered: Heading[] = [];
  let expected = 1;
  lines.forEach(({ kind }, at) => {
    if (kind.kind !== 'numbered' || inList(lines, at)) return;
    if (kind.num === expected) {
      numbered.push({ at, text: kind.text });
      expected++;
    }
  });
  if (numbered.length > 0) return numbered;

  const asked: Heading[] = [];
  lines.forEach(({ kind, text, para }, at) => {
    const alone = lines[at - 1]?.para !== para;
    if (kind.kind === 'text' && alone && text.length <= 300 && /\?["”’)]?$/.test(text)) asked.push({ at, text });
  });
  return asked.length >= 2 && asked.length >= listed ? asked : [];
}

const QUESTION_START =
  /^(describe|explain|tell|walk|give|share|talk|how|what|why|when|where|which|who|can|could|would|have|has|do|does|did|is|are|if)\b/i;

/** List items that read as questions (among the lines given: the caller leaves other parts out). */
export function listedQuestions(lines: Line[]): Heading[] {
  const questions: Heading[] = [];
  lines.forEach(({ kind }, at) => {
    if (kind.kind !== 'bullet' && kind.kind !== 'numbered') return;
    if (/\?$/.test(kind.text) || QUESTION_START.test(kind.text)) questions.push({ at, text: kind.text });
  });
  return questions;
}

type Question = { text: string; guidance?: string; sampleAnswer?: string };

/** When a numbered list names more questions than have details, keep the list's order and text. */
export function mergeWithList(lines: Line[], detailed: Question[]): Question[] {
  const key = (t: string) =>
    t
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  const byText = new Map(detailed.map((q) => [key(q.text), q]));
  const list = lines.filter((_, i) => inList(lines, i)).map((l) => (l.kind.kind === 'numbered' ? l.kind.text : ''));
  const listed = new Set(list.map(key));
  if (list.length <= detailed.length || !detailed.every((q) => listed.has(key(q.text)))) return detailed;
  return list.map((text) => byText.get(key(text)) ?? { text });
}
