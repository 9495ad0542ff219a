import { useState } from 'react';
import { useDataClient } from '@/hooks/use-data-client';
import type { InterviewSession } from '@/lib/interviews/interview-types';
import { DraftTextField } from './draft-text-field';

/**
 * Who is being interviewed: a field until it holds a name, then one line of the header (the
 * field's space goes back to the question), with Edit to change it.
 */
export function CandidateField({ session }: { session: InterviewSession }) {
  const client = useDataClient();
  const [editing, setEditing] = useState(false);

  if (session.candidateName.trim() && !editing) {
    return (
      <p className="candidate-line">
        <span className="candidate-name" title="Candidate">
          {session.candidateName}
        </span>
        <button type="button" className="link-button" aria-label="Edit candidate name" onClick={() => setEditing(true)}>
          Edit
        </button>
      </p>
    );
  }
  return (
    <div className="candidate-field" onFocus={() => setEditing(true)} onBlur={() => setEditing(false)}>
      <DraftTextField
        draftKey={`${session.meetingKey}/candidateName`}
        // The same on every call: a new call's first screen is kept and shown again (lib/first-screen/).
        id="candidate-name"
        stored={session.candidateName}
        label="Candidate name"
        placeholder="Who are you interviewing?"
        maxLength={200}
        autoComplete="off"
        autoFocus={editing}
        onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
        save={(candidateName, revision) => client.interviews.updateDetails(session.id, { candidateName }, revision)}
      />
    </div>
  );
}
