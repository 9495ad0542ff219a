import { useEffect, useId, useRef, useState } from 'react';
import type { RecentInterview } from '@/lib/interviews/recent-interviews';
import { platformName, type MeetingPlatform } from '@/lib/platforms';

interface InterviewChooserProps {
  platform: MeetingPlatform;
  recent: RecentInterview[];
  /** Resume that interview (its id), or start a new one (null). */
  onChoose: (sessionId: string | null) => Promise<void>;
}

const when = (at: number) => new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * A call whose address names no meeting this tab joined (Teams after joining, a restarted
 * browser): which interview is it? One click resumes a recent one or starts a new one.
 */
export function InterviewChooser({ platform, recent, onChoose }: InterviewChooserProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const id = useId();
  useEffect(() => heading.current?.focus(), []);

  const choose = (sessionId: string | null) => {
    setBusy(true);
    onChoose(sessionId).catch((error: unknown) => {
      setBusy(false);
      setFailure(`Could not open the interview: ${error instanceof Error ? error.message : String(error)}`);
    });
  };

  return (
    <main className="interview-chooser">
      <h1 ref={heading} tabIndex={-1}>
        Which interview is this call?
      </h1>
      <p className="hint">This {platformName(platform)} page does not name its meeting.</p>
      {recent.length > 0 && (
        <ul aria-label="Recent interviews">
          {recent.map((r) => (
            <li key={r.sessionId}>
              <button
                type="button"
                className="small-button"
                disabled={busy}
                aria-describedby={`${id}-${r.sessionId}`}
                onClick={() => choose(r.sessionId)}
              >
                Resume {r.candidateName.trim() || 'the unnamed interview'}
              </button>
              <span id={`${id}-${r.sessionId}`} className="hint">
                ({when(r.updatedAt)})
              </span>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="small-button primary" disabled={busy} onClick={() => choose(null)}>
        New interview
      </button>
      {failure && <p role="alert">{failure}</p>}
    </main>
  );
}
