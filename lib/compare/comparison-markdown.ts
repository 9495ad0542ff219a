import type { RootContent } from 'mdast';
import { formatElapsed } from '../interviews/interview-clock';
import { RATING_LABELS } from '../interviews/interview-types';
import { serializeMarkdown } from '../export/markdown-format';
import { emphasis, heading, list, oneLine, orPlaceholder, para, strong, table, text } from '../export/mdast-builders';
import { noteBlocks } from '../export/note-blocks';
import type { CompareMatrix } from './compare-matrix';
import { candidateLabel, cellLabel } from './comparison-csv';

/**
 * The debrief as one Markdown document: a GFM table of ratings (questions as rows, candidates as
 * columns, then recommendation, red flags and total time), then each candidate's recommendation,
 * summary and red flags with the question they came up on. Built as a syntax tree, like the
 * interview export, so no name or note can change its structure.
 */
export function comparisonMarkdown(matrix: CompareMatrix, title: string): string {
  const names = matrix.columns.map((c) => candidateLabel(c.candidateName));
  const ratingRows = matrix.rows.map((row) => [
    oneLine(row.text) || '(no text)',
    ...row.cells.map((cell) =>
      cell.kind === 'answer' && cell.spentMs > 0 ? `${cellLabel(cell)} (${formatElapsed(cell.spentMs)})` : cellLabel(cell),
    ),
  ]);
  const children: RootContent[] = [
    heading(1, title),
    table(
      ['Question', ...names],
      [
        ...ratingRows,
        ['Recommendation', ...matrix.columns.map((c) => (c.recommendation ? RATING_LABELS[c.recommendation] : 'No decision'))],
        ['Red flags seen', ...matrix.columns.map((c) => String(c.redFlags.length))],
        ['Total time', ...matrix.columns.map((c) => formatElapsed(c.elapsedMs))],
      ],
    ),
  ];
  const undiscriminating = matrix.rows.filter((r) => r.verdict);
  if (undiscriminating.length) {
    children.push(
      para(strong('Questions that did not tell these candidates apart:')),
      list(
        undiscriminating.map((r) => [
          para(text(`${oneLine(r.text)} — ${r.verdict === 'everyone-passes' ? 'everyone passed' : 'everyone failed'}`)),
        ]),
      ),
    );
  }
  matrix.columns.forEach((column, i) => {
    const questionText = new Map(column.questions.map((q, n) => [q.id, `Question ${n + 1}`]));
    const when = new Date(column.startedAt).toISOString().slice(0, 10);
    children.push(
      heading(2, `${names[i]} — ${oneLine(column.role)}`),
      para(
        strong('Recommendation:'),
        text(
          ` ${column.recommendation ? RATING_LABELS[column.recommendation] : 'No decision'} · ${when}${column.interviewerName.trim() ? ` · ${oneLine(column.interviewerName)}` : ''}`,
        ),
      ),
      ...orPlaceholder(noteBlocks(column.summary), 'No summary written'),
      column.redFlags.length
        ? list(
            column.redFlags.map((f) => {
              const where = f.questionId && questionText.get(f.questionId);
              return [para(strong('Red flag:'), text(` ${oneLine(f.text)}${where ? ` (${where})` : ''}`)), ...noteBlocks(f.note)];
            }),
          )
        : para(emphasis('No red flags seen')),
    );
  });
  return serializeMarkdown({ type: 'root', children });
}
