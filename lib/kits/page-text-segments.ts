/**
 * Questions section by section: each part of the page between two headings is read with the
 * layout it has (a numbered list with explanations, questions as headings or <details>, a list, a
 * table), then the parts are put together in page order. The same question met twice (a summary
 * list, then the question again with its explanation) is one question.
 */
import type { Outline } from './page-text-outline';
import { listedQuestions, mergeWithList, questionHeadings } from './page-text-questions';
import { questionBody, type Line } from './page-text-sections';
import { readTables } from './page-text-table';

export type FoundQuestion = { at: number; text: string; guidance?: string; sampleAnswer?: string };

export function questionsBySection(lines: Line[], outline: Outline): { questions: FoundQuestion[]; tableRedFlags: string[] } {
  const inQuestions = (at: number) => outline.zones[at] === 'questions';
  const starts = [...new Set([0, ...outline.sections.map((s) => s.at), lines.length])].sort((a, b) => a - b);
  const found: FoundQuestion[] = [];
  const tableRedFlags: string[] = [];
  for (let n = 0; n + 1 < starts.length; n++) {
    const [from, to] = [starts[n]!, starts[n + 1]!];
    if (!lines.slice(from, to).some((_, i) => inQuestions(from + i))) continue;
    const part = lines.slice(from, to);
    const tables = readTables(part, (i) => inQuestions(from + i));
    tableRedFlags.push(...tables.redFlags);
    // Question finders see only the question part of the page, tables left out.
    const visible = part.map((line, i) =>
      inQuestions(from + i) && !tables.rows.has(i) ? line : { ...line, kind: { kind: 'text' as const } },
    );
    const listed = listedQuestions(visible);
    const headings = questionHeadings(visible, listed.length);
    const here: FoundQuestion[] = tables.questions.map((q) => ({ ...q, at: from + q.at }));
    if (headings.length > 0) {
      const detailed = headings.map((h, i) => ({ text: h.text, ...questionBody(part, h.at + 1, headings[i + 1]?.at ?? part.length) }));
      const merged = mergeWithList(visible, detailed);
      const firstAt = from + Math.min(...headings.map((h) => h.at));
      here.push(...merged.map((q, i) => ({ ...q, at: firstAt + i / (merged.length + 1) })));
    } else {
      here.push(...listed.map((q) => ({ at: from + q.at, text: q.text })));
    }
    found.push(...here.sort((a, b) => a.at - b.at));
  }
  return { questions: sameQuestionOnce(found), tableRedFlags };
}

function sameQuestionOnce(questions: FoundQuestion[]): FoundQuestion[] {
  const key = (t: string) =>
    t
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const byKey = new Map<string, FoundQuestion>();
  const out: FoundQuestion[] = [];
  for (const q of questions) {
    const seen = byKey.get(key(q.text));
    if (!seen) {
      byKey.set(key(q.text), q);
      out.push(q);
      continue;
    }
    seen.guidance ??= q.guidance;
    seen.sampleAnswer ??= q.sampleAnswer;
  }
  return out;
}
