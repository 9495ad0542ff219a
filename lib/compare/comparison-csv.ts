import { RATING_LABELS } from '../interviews/interview-types';
import { UNNAMED_CANDIDATE } from '../export/interview-naming';
import type { CompareMatrix, MatrixCell } from './compare-matrix';
import { toCsv } from './csv';

const minutes = (ms: number) => Math.round(ms / 6_000) / 10;
export const candidateLabel = (name: string) => name.replace(/\s+/g, ' ').trim() || UNNAMED_CANDIDATE;

export function cellLabel(cell: MatrixCell): string {
  if (cell.kind === 'not-in-kit' || cell.kind === 'not-asked') return 'Not asked';
  if (cell.rating) return RATING_LABELS[cell.rating];
  return cell.status === 'skipped' ? 'Skipped' : 'Not rated';
}

/**
 * The comparison as a spreadsheet: a row per question, two columns per candidate (rating, minutes
 * spent), then rows for the recommendation, red flags seen and total minutes.
 */
export function comparisonCsv(matrix: CompareMatrix): string {
  const names = matrix.columns.map((c) => candidateLabel(c.candidateName));
  const header = ['Question', ...names.flatMap((name) => [`${name}: rating`, `${name}: minutes`])];
  const rows = matrix.rows.map((row) => [
    row.text,
    ...row.cells.flatMap((cell) => [cellLabel(cell), cell.kind === 'answer' ? minutes(cell.spentMs) : '']),
  ]);
  const pair = (value: (i: number) => string | number) => matrix.columns.flatMap((_, i) => [value(i), '']);
  return toCsv([
    header,
    ...rows,
    [
      'Recommendation',
      ...pair((i) => {
        const r = matrix.columns[i]!.recommendation;
        return r ? RATING_LABELS[r] : 'No decision';
      }),
    ],
    ['Red flags seen', ...pair((i) => matrix.columns[i]!.redFlags.map((f) => f.text).join('; '))],
    ['Total minutes', ...matrix.columns.flatMap((c) => ['', minutes(c.elapsedMs)])],
  ]);
}
