import type { DraftQuestion } from '@/lib/kits/kit-draft';

interface QuestionFieldsProps {
  question: DraftQuestion;
  index: number;
  count: number;
  readOnly: boolean;
  onChange: (question: DraftQuestion) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

/** One question of the editor: its text, guidance, sample answer and time budget. */
export function QuestionFields({ question, index, count, readOnly, onChange, onMove, onRemove }: QuestionFieldsProps) {
  const n = index + 1;
  const id = (field: string) => `q-${question.id}-${field}`;
  const set = (field: keyof DraftQuestion) => (e: { target: { value: string } }) => onChange({ ...question, [field]: e.target.value });

  return (
    <fieldset className="question-fields">
      <legend>Question {n}</legend>
      <label htmlFor={id('text')}>Question {n}</label>
      <textarea id={id('text')} rows={2} value={question.text} readOnly={readOnly} onChange={set('text')} />
      <label htmlFor={id('guidance')}>Guidance</label>
      <textarea id={id('guidance')} rows={3} value={question.guidance} readOnly={readOnly} onChange={set('guidance')} />
      <label htmlFor={id('sample')}>Sample answer</label>
      <textarea id={id('sample')} rows={3} value={question.sampleAnswer} readOnly={readOnly} onChange={set('sampleAnswer')} />
      <div className="question-row">
        <label htmlFor={id('minutes')}>Minutes</label>
        <input id={id('minutes')} inputMode="decimal" size={4} value={question.minutes} readOnly={readOnly} onChange={set('minutes')} />
        {!readOnly && (
          <span className="question-buttons">
            <button type="button" aria-label={`Move question ${n} up`} title="Move up" disabled={index === 0} onClick={() => onMove(-1)}>
              Move up
            </button>
            <button
              type="button"
              aria-label={`Move question ${n} down`}
              title="Move down"
              disabled={index === count - 1}
              onClick={() => onMove(1)}
            >
              Move down
            </button>
            <button type="button" aria-label={`Remove question ${n}`} disabled={count === 1} onClick={onRemove}>
              Remove
            </button>
          </span>
        )}
      </div>
    </fieldset>
  );
}
