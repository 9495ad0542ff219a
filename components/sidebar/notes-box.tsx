import { useRef } from 'react';
import { useDataClient } from '@/hooks/use-data-client';
import { useDraftField } from '@/hooks/use-draft-field';
import { elapsedMs, formatElapsed } from '@/lib/interviews/interview-clock';
import { MAX_TEXT_LENGTH } from '@/lib/interviews/limits';
import type { InterviewClock } from '@/lib/interviews/interview-types';
import { insertAtCursor } from '@/lib/text/insert-at-cursor';

interface NotesBoxProps {
  sessionId: string;
  /** Drafts are kept by meeting, not by id: a call's first keystroke creates its interview (and its id) while typing goes on. */
  meetingKey: string;
  questionId: string;
  questionNumber: number;
  /** The stored note; undefined while it loads. */
  savedText: string | undefined;
  clock: InterviewClock;
}

export const NOTES_BOX_ID = 'notes-box';

const STATUS_TEXT = { saving: 'Saving…', saved: '', superseded: 'Newer text from another window', failed: '' } as const;

/** The note for the current question, saved as it is typed; Alt+T stamps the elapsed time. */
export function NotesBox({ sessionId, meetingKey, questionId, questionNumber, savedText, clock }: NotesBoxProps) {
  const client = useDataClient();
  const field = useDraftField(`${meetingKey}/${questionId}`, savedText, (text, revision) =>
    client.interviews.saveNote({ sessionId, questionId, text, revision }),
  );
  const box = useRef<HTMLTextAreaElement>(null);

  const insertTime = () => {
    const el = box.current;
    if (!el) return;
    const stamp = `[${formatElapsed(elapsedMs(clock, Date.now()))}]`;
    const { text, cursor } = insertAtCursor(el.value, el.selectionStart, el.selectionEnd, stamp);
    // The box's text and cursor change now, in this event, so the next key typed lands after the
    // stamp; React then finds the value it renders already there and leaves the cursor alone.
    el.value = text;
    el.setSelectionRange(cursor, cursor);
    field.setValue(text);
    el.focus();
  };

  const label = `Notes for question ${questionNumber}`;
  const failed = field.status?.state === 'failed' ? field.status.message : undefined;
  return (
    <div className="notes">
      <div className="notes-head">
        <label htmlFor={NOTES_BOX_ID}>{label}</label>
        <span className="save-status" role={failed ? 'alert' : undefined} aria-live="polite">
          {failed ? `Not saved: ${failed}` : STATUS_TEXT[field.status?.state ?? 'saved']}
        </span>
        <button type="button" className="link-button" onClick={insertTime} title="Alt+T">
          Insert time
        </button>
      </div>
      <textarea
        ref={box}
        id={NOTES_BOX_ID}
        value={field.value}
        disabled={savedText === undefined}
        maxLength={MAX_TEXT_LENGTH}
        aria-invalid={failed ? true : undefined}
        placeholder="What did they say? Evidence, not impressions."
        onChange={(event) => field.setValue(event.target.value)}
        onKeyDown={(event) => {
          if (event.altKey && event.code === 'KeyT') {
            event.preventDefault();
            insertTime();
          }
        }}
      />
    </div>
  );
}
