import { useEffect } from 'react';
import { MAX_NOTE_LENGTH } from '@/lib/interviews/interview-service';
import { noteKey, type NoteWriter } from '@/lib/notes/note-writer';
import { useNoteDraftsStore } from '@/lib/stores/note-drafts-store';

interface NotesBoxProps {
  sessionId: string;
  questionId: string;
  questionNumber: number;
  /** The stored note; undefined while it loads. */
  savedText: string | undefined;
  writer: NoteWriter;
}

/** The note for the current question, saved as it is typed. */
export function NotesBox({ sessionId, questionId, questionNumber, savedText, writer }: NotesBoxProps) {
  const key = noteKey({ sessionId, questionId });
  const draft = useNoteDraftsStore((s) => s.drafts[key]);
  const status = useNoteDraftsStore((s) => s.status[key]);
  const setDraft = useNoteDraftsStore((s) => s.setDraft);
  const dropDraft = useNoteDraftsStore((s) => s.dropDraft);

  // Once the database holds what was typed, the stored note is the one truth again.
  useEffect(() => {
    if (draft !== undefined && draft === savedText && !writer.isBusy(key)) dropDraft(key);
  }, [draft, savedText, key, writer, dropDraft, status]);

  const label = `Notes for question ${questionNumber}`;
  return (
    <div className="notes">
      <label htmlFor="notes-box">{label}</label>
      <textarea
        id="notes-box"
        aria-label={label}
        value={draft ?? savedText ?? ''}
        disabled={savedText === undefined && draft === undefined}
        maxLength={MAX_NOTE_LENGTH}
        placeholder="What did they say? Evidence, not impressions."
        onChange={(event) => {
          setDraft(key, event.target.value);
          writer.write({ sessionId, questionId, text: event.target.value });
        }}
      />
      <p className="save-status" role={status?.state === 'failed' ? 'alert' : undefined} aria-live="polite">
        {status?.state === 'failed' ? `Not saved: ${status.message}` : status?.state === 'saving' ? 'Saving…' : ''}
      </p>
    </div>
  );
}
