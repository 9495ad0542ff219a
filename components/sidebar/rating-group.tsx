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

/** Four radios, no neutral middle, and a way back to "not decided"; each shows its key (1–4, 0). */
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
              aria-keyshortcuts={String(i + 1)}
              onChange={() => onChange(rating)}
            />
            <span>
              {RATING_LABELS[rating]}
              <kbd className="key-hint" aria-hidden="true">
                {i + 1}
              </kbd>
            </span>
          </label>
        ))}
      </div>
      <button
        type="button"
        className="clear-choice"
        data-key-hint="0"
        aria-label={clearLabel}
        title={`${clearLabel} (0)`}
        aria-keyshortcuts="0"
        disabled={value === null}
        onClick={() => onChange(null)}
      ></button>
    </div>
  );
}
