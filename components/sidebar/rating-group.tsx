import { RATINGS, RATING_LABELS, type Rating } from '@/lib/interviews/interview-types';

interface RatingGroupProps {
  /** The group's accessible name, e.g. "Rating" or "Recommendation". */
  label: string;
  /** Distinguishes the radio inputs of two groups on one page. */
  name: string;
  value: Rating | null;
  onChange: (value: Rating | null) => void;
  clearLabel: string;
}

/** Four radios, no neutral middle, and a way back to "not decided". */
export function RatingGroup({ label, name, value, onChange, clearLabel }: RatingGroupProps) {
  return (
    <div className="rating-group">
      <div role="radiogroup" aria-label={label} className="rating-options">
        {RATINGS.map((rating, i) => (
          <label key={rating} className={`rating-option rating-${rating}`} title={`Key ${i + 1}`}>
            <input
              type="radio"
              name={name}
              value={rating}
              checked={value === rating}
              onChange={() => onChange(rating)}
            />
            <span>{RATING_LABELS[rating]}</span>
          </label>
        ))}
      </div>
      <button type="button" className="link-button" disabled={value === null} onClick={() => onChange(null)}>
        {clearLabel}
      </button>
    </div>
  );
}
