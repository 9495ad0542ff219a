import { RATINGS, type Rating } from '../interviews/interview-types';
import type { ComparedAnswer, ComparedInterview } from './compared-interview';

/** A cell: the answer, or why there is none (not asked here, or not in this interview's kit version). */
export type MatrixCell = ({ kind: 'answer' } & ComparedAnswer) | { kind: 'not-asked' } | { kind: 'not-in-kit' };

export interface MatrixRow {
  questionId: string;
  text: string;
  cells: MatrixCell[];
  /** How many candidates got each rating on this question. */
  spread: Record<Rating, number>;
  /** Set when every rating given falls on one side: the question does not tell candidates apart. */
  verdict: 'everyone-passes' | 'everyone-fails' | null;
}

export interface CompareMatrix {
  columns: ComparedInterview[];
  rows: MatrixRow[];
}

export type ColumnOrder = { by: 'recommendation' } | { by: 'question'; questionId: string } | { by: 'chosen' };

const PASS: ReadonlySet<Rating> = new Set(['yes', 'strong-yes']);
/** Strong yes first, no rating last. */
const rank = (rating: Rating | null | undefined) => (rating ? RATINGS.indexOf(rating) + 1 : 0);

/**
 * Questions as rows, interviews as columns. Rows line up by question id, so interviews run with
 * different versions of a kit share the questions they have in common; the order is the first
 * interview's, then each question only later ones have, after the last question it followed.
 */
export function buildMatrix(interviews: ComparedInterview[], order: ColumnOrder = { by: 'chosen' }): CompareMatrix {
  const columns = sortColumns(interviews, order);
  const rows: { id: string; text: string }[] = [];
  const seen = new Map<string, number>();
  for (const interview of [...interviews].sort((a, b) => b.startedAt - a.startedAt)) {
    let after = -1;
    for (const question of interview.questions) {
      const at = seen.get(question.id);
      if (at !== undefined) {
        after = at;
        continue;
      }
      rows.splice(after + 1, 0, question);
      after += 1;
      rows.forEach((row, i) => seen.set(row.id, i));
    }
  }
  return { columns, rows: rows.map((question) => matrixRow(question, columns)) };
}

function matrixRow(question: { id: string; text: string }, columns: ComparedInterview[]): MatrixRow {
  const cells = columns.map((interview): MatrixCell => {
    const answer = interview.answers[question.id];
    if (!answer) return { kind: 'not-in-kit' };
    return answer.status === 'not-asked' ? { kind: 'not-asked' } : { kind: 'answer', ...answer };
  });
  const ratings = cells.flatMap((c) => (c.kind === 'answer' && c.rating ? [c.rating] : []));
  const spread = Object.fromEntries(RATINGS.map((r) => [r, ratings.filter((x) => x === r).length])) as Record<Rating, number>;
  const passes = ratings.filter((r) => PASS.has(r)).length;
  const verdict = ratings.length < 2 ? null : passes === ratings.length ? 'everyone-passes' : passes === 0 ? 'everyone-fails' : null;
  return { questionId: question.id, text: question.text, cells, spread, verdict };
}

function sortColumns(interviews: ComparedInterview[], order: ColumnOrder): ComparedInterview[] {
  if (order.by === 'chosen') return interviews;
  const key = (i: ComparedInterview) =>
    order.by === 'recommendation' ? rank(i.recommendation) : rank(i.answers[order.questionId]?.rating);
  // Array.prototype.sort is stable: ties keep the order they were chosen in.
  return [...interviews].sort((a, b) => key(b) - key(a));
}

export const totalRedFlags = (interview: ComparedInterview) => interview.redFlags.length;
