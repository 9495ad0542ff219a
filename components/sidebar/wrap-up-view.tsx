import { useEffect, useRef } from 'react';
import { LastBackup } from '@/components/export/last-backup';
import { MarkdownExportButtons } from '@/components/export/markdown-export-buttons';
import type { InterviewSession, QuestionNote } from '@/lib/interviews/interview-types';
import { missingForWrapUp } from '@/lib/interviews/wrap-up-checklist';
import { EndInterview } from './end-interview';
import { RecommendationFields } from './recommendation-fields';

interface WrapUpViewProps {
  session: InterviewSession;
  notes: QuestionNote[];
  onBack: () => void;
}

/** The end of the interview: the overall recommendation, key takeaways and what is still missing. */
export function WrapUpView({ session, notes, onBack }: WrapUpViewProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const missing = missingForWrapUp(session, notes);
  useEffect(() => heading.current?.focus(), []);

  return (
    <section className="wrap-up" aria-labelledby="wrap-up-heading">
      <h1 id="wrap-up-heading" ref={heading} tabIndex={-1}>
        Wrap-up
      </h1>
      <EndInterview session={session} />
      <h2 className="field-title">
        Recommendation <span className="hint">(keys 1–4, 0 for no decision)</span>
      </h2>
      <RecommendationFields session={session} draftKey={session.meetingKey} />
      <section aria-labelledby="missing-heading" className="missing">
        <h2 id="missing-heading">{missing.length ? 'Still missing' : 'Scorecard complete'}</h2>
        {missing.length > 0 ? (
          <ul aria-label="Still missing">
            {missing.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        ) : (
          <p>Every asked question is rated, and the recommendation and summary are written.</p>
        )}
      </section>
      <section aria-labelledby="export-heading" className="export">
        <h2 id="export-heading">Export</h2>
        <MarkdownExportButtons sessionId={session.id} />
        <LastBackup />
      </section>
      <button type="button" className="back-button" onClick={onBack}>
        ← Back to questions
      </button>
    </section>
  );
}
