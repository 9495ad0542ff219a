import { memo, useState } from 'react';
import { useDataClient } from '@/hooks/use-data-client';
import { formatElapsed } from '@/lib/interviews/interview-clock';
import type { InterviewSession } from '@/lib/interviews/interview-types';
import { kitRedFlagId } from '@/lib/interviews/red-flag-service';
import { DraftTextField } from './draft-text-field';

/** The kit's red flags as checkboxes, ticked the moment one shows, plus ones the interviewer adds. */
function RedFlagListView({ session }: { session: InterviewSession }) {
  const client = useDataClient();
  const [newFlag, setNewFlag] = useState('');
  const [error, setError] = useState<string>();
  const seen = new Map(session.redFlagsSeen.map((f) => [f.id, f]));
  const custom = session.redFlagsSeen.filter((f) => f.custom);
  const report = (work: Promise<void>) =>
    work.then(
      () => (setError(undefined), true),
      (e: Error) => (setError(e.message), false),
    );

  const flagRow = (id: string, text: string, onToggle: (checked: boolean) => void) => {
    const sighting = seen.get(id);
    return (
      <li key={id} className={sighting ? 'seen' : undefined}>
        <label>
          <input type="checkbox" checked={Boolean(sighting)} onChange={(e) => onToggle(e.target.checked)} />
          <span>{text}</span>
        </label>
        {sighting && (
          <div className="flag-detail">
            <span className="seen-at">Seen at {formatElapsed(sighting.seenAtElapsedMs)}</span>
            <DraftTextField
              draftKey={`${session.meetingKey}/flag/${id}`}
              stored={sighting.note}
              label={`Note on red flag: ${text}`}
              hideLabel
              placeholder="What happened? (optional)"
              save={(note, revision) => client.interviews.setRedFlagNote(session.id, id, note, revision)}
            />
          </div>
        )}
      </li>
    );
  };

  return (
    <section className="red-flags" aria-labelledby="red-flags-heading">
      <h2 id="red-flags-heading">Red flags</h2>
      <ul aria-label="Red flags">
        {session.kit.redFlags.map((text, i) =>
          flagRow(kitRedFlagId(i), text, (checked) => report(client.interviews.setKitRedFlagSeen(session.id, i, checked))),
        )}
        {custom.map((flag) => flagRow(flag.id, flag.text, () => report(client.interviews.removeRedFlag(session.id, flag.id))))}
      </ul>
      <form
        className="add-flag"
        onSubmit={(e) => {
          e.preventDefault();
          if (!newFlag.trim()) return;
          void report(client.interviews.addRedFlag(session.id, newFlag)).then((added) => added && setNewFlag(''));
        }}
      >
        <input
          type="text"
          aria-label="New red flag"
          placeholder="Another red flag you saw…"
          value={newFlag}
          maxLength={200}
          onChange={(e) => setNewFlag(e.target.value)}
        />
        <button type="submit">Add red flag</button>
      </form>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}

/** Memoised: a keystroke's note patch renders the notes box, not this. */
export const RedFlagList = memo(RedFlagListView);
