import { lazy, memo, Suspense, useState } from 'react';
import type { InterviewSession } from '@/lib/interviews/interview-types';

// Folded on the first screen: the fields load when it is first opened.
const InterviewDetailsFields = lazy(() => import('./interview-details-fields').then((m) => ({ default: m.InterviewDetailsFields })));

/** The interview's record: interviewer, role, date and start, meeting, planned length. Folded by default. */
function InterviewDetailsView({ session }: { session: InterviewSession }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="interview-details" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Interview details</summary>
      {open && (
        <Suspense>
          <InterviewDetailsFields session={session} />
        </Suspense>
      )}
    </details>
  );
}

/** Memoised: a keystroke's note patch renders the notes box, not this. */
export const InterviewDetails = memo(InterviewDetailsView);
