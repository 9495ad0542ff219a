import { useState } from 'react';
import { useDataClient } from '@/hooks/use-data-client';
import type { InterviewSession } from '@/lib/interviews/interview-types';
import { platformName } from '@/lib/platforms';
import { DraftTextField } from './draft-text-field';

/** The interview's record: interviewer, role, date and start, meeting, planned length (inside components/sidebar/interview-details.tsx). */
export function InterviewDetailsFields({ session }: { session: InterviewSession }) {
  const client = useDataClient();
  const [minutesError, setMinutesError] = useState<string>();
  const started = new Date(session.startedAt);

  return (
    <>
      <DraftTextField
        draftKey={`${session.meetingKey}/interviewerName`}
        stored={session.interviewerName}
        label="Interviewer name"
        maxLength={200}
        autoComplete="name"
        save={(interviewerName, revision) => client.interviews.updateDetails(session.id, { interviewerName }, revision)}
      />
      <dl>
        <dt>Role</dt>
        <dd>{session.kit.role ?? session.kit.title}</dd>
        <dt>Started</dt>
        <dd>
          <time dateTime={started.toISOString()}>
            {started.toLocaleDateString(undefined, { dateStyle: 'medium' })} {started.toLocaleTimeString(undefined, { timeStyle: 'short' })}
          </time>
        </dd>
        <dt>Meeting</dt>
        <dd>
          {platformName(session.platform)} ·{' '}
          <a href={session.meetingUrl} target="_blank" rel="noreferrer">
            {session.meetingCode}
          </a>
        </dd>
      </dl>
      <div className="field">
        <label htmlFor="planned-minutes">Planned length (minutes)</label>
        <input
          id="planned-minutes"
          type="number"
          min={5}
          max={600}
          step={5}
          key={session.plannedMinutes}
          defaultValue={session.plannedMinutes}
          onBlur={(e) => {
            const minutes = Number(e.target.value);
            if (minutes === session.plannedMinutes) return;
            client.interviews.updateDetails(session.id, { plannedMinutes: minutes }).then(
              () => setMinutesError(undefined),
              (err: Error) => setMinutesError(err.message),
            );
          }}
        />
        {minutesError && <p role="alert">Not saved: {minutesError}</p>}
      </div>
    </>
  );
}
