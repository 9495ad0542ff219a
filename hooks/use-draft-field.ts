import { useEffect } from 'react';
import type { DraftStatus, WriteOutcome } from '@/lib/drafts/draft-writer';
import { useDraftsStore } from '@/lib/stores/drafts-store';
import { useDraftWriter } from './use-draft-writer';

/** Saves one value of the field with its revision; says whether the background applied it. */
export type DraftSendValue = (value: string, revision: number) => Promise<WriteOutcome | void>;

export interface DraftField {
  value: string;
  setValue: (value: string) => void;
  status: DraftStatus | undefined;
}

/**
 * A text field saved as it is typed. Shows the draft while one exists, else the stored value;
 * once the database holds what was typed, the stored value is the one truth again.
 */
export function useDraftField(key: string, stored: string | undefined, save: DraftSendValue): DraftField {
  const writer = useDraftWriter();
  const draft = useDraftsStore((s) => s.drafts[key]);
  const status = useDraftsStore((s) => s.status[key]);
  const setDraft = useDraftsStore((s) => s.setDraft);
  const dropDraft = useDraftsStore((s) => s.dropDraft);

  useEffect(() => {
    // Stored as typed, or superseded by newer text from another window: show what is stored.
    const settled = draft === stored || status?.state === 'superseded';
    if (draft !== undefined && settled && !writer.isBusy(key)) dropDraft(key);
  }, [draft, stored, key, writer, dropDraft, status]);

  return {
    value: draft ?? stored ?? '',
    setValue: (value) => {
      setDraft(key, value);
      writer.write(key, (revision) => save(value, revision));
    },
    status,
  };
}
