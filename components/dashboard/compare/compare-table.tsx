import { formatElapsed } from '@/lib/interviews/interview-clock';
import { RATING_LABELS } from '@/lib/interviews/interview-types';
import type { CompareMatrix } from '@/lib/compare/compare-matrix';
import { candidateLabel } from '@/lib/compare/comparison-csv';
import { CompareCell } from './compare-cell';
import { RatingSpread } from './rating-spread';

/**
 * The matrix as a table: candidates' names head the columns, questions head the rows; under the
 * questions, the recommendation, red flags seen and total time.
 */
export function CompareTable({ matrix }: { matrix: CompareMatrix }) {
  const names = matrix.columns.map((c) => candidateLabel(c.candidateName));
  return (
    <div className="compare-scroller">
      <table className="compare-table">
        <caption className="visually-hidden">Ratings per question, one column per candidate</caption>
        <thead>
          <tr>
            <td className="corner">Question</td>
            {names.map((name, i) => (
              <th key={matrix.columns[i]!.id} scope="col">
                {name}
                <span className="column-date">
                  {new Date(matrix.columns[i]!.startedAt).toLocaleDateString(undefined, { dateStyle: 'medium' })}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row, r) => (
            <tr key={row.questionId}>
              <th scope="row">
                <span className="row-question">
                  {r + 1}. {row.text}
                </span>
                <RatingSpread spread={row.spread} verdict={row.verdict} />
              </th>
              {row.cells.map((cell, c) => (
                <td key={matrix.columns[c]!.id}>
                  <CompareCell cell={cell} label={`${names[c]}, question ${r + 1}`} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Recommendation</th>
            {matrix.columns.map((c) => (
              <td key={c.id} className={`rating-${c.recommendation ?? 'none'}`}>
                <span className="rating-label">{c.recommendation ? RATING_LABELS[c.recommendation] : 'No decision'}</span>
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">Red flags seen</th>
            {matrix.columns.map((c) => (
              <td key={c.id}>{c.redFlags.length ? c.redFlags.map((f) => f.text).join('; ') : 'None'}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">Total time</th>
            {matrix.columns.map((c) => (
              <td key={c.id}>{formatElapsed(c.elapsedMs)}</td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
