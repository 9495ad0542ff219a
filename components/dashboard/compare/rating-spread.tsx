import { RATINGS, RATING_LABELS, type Rating } from '@/lib/interviews/interview-types';
import type { MatrixRow } from '@/lib/compare/compare-matrix';

/**
 * How the candidates' ratings on one question spread, as a small bar per rating; a question
 * everyone passes or everyone fails is pointed out, since it does not tell candidates apart.
 */
export function RatingSpread({ spread, verdict }: { spread: Record<Rating, number>; verdict: MatrixRow['verdict'] }) {
  const total = RATINGS.reduce((n, r) => n + spread[r], 0);
  if (total === 0) return null;
  // Bars are scaled to the most given rating, so the shape of the spread shows at this size.
  const most = Math.max(...RATINGS.map((r) => spread[r]));
  const described = RATINGS.filter((r) => spread[r])
    .map((r) => `${spread[r]} ${RATING_LABELS[r]}`)
    .join(', ');
  return (
    <span className="rating-spread">
      <span className="spread-bars" role="img" aria-label={`Ratings: ${described}`}>
        {RATINGS.map((r) => (
          <span
            key={r}
            className={`spread-bar rating-${r}`}
            style={{ height: `${Math.max(8, (spread[r] / most) * 100)}%`, opacity: spread[r] ? 1 : 0.2 }}
            title={`${RATING_LABELS[r]}: ${spread[r]}`}
          />
        ))}
      </span>
      {verdict && (
        <span className="spread-verdict">
          {verdict === 'everyone-passes'
            ? 'Everyone passed: this question does not tell candidates apart'
            : 'Everyone failed: this question does not tell candidates apart'}
        </span>
      )}
    </span>
  );
}
