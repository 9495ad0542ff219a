import { MarkdownExportButtons } from '@/components/export/markdown-export-buttons';
import { DraftTextField } from '@/components/sidebar/draft-text-field';
import { RecommendationFields } from '@/components/sidebar/recommendation-fields';
import { useDataClient } from '@/hooks/use-data-client';
import type { InterviewSession, QuestionNote } from '@/lib/interviews/interview-types';
import { missingForWrapUp } from '@/lib/interviews/wrap-up-checklist';

/** The wrap-up of a past interview: candidate, recommendation, summary, what is missing, and the exports. */
export function PastWrapUp({ session, notes }: { session: InterviewSession; notes: QuestionNote[] }) {
  const client = useDataClient();
  const missing = missingForWrapUp(session, notes);
  return (
    <section className="past-wrap-up" aria-labelledby="past-wrap-up-heading">
      <h2 id="past-wrap-up-heading">Wrap-up</h2>
      <DraftTextField
        draftKey={`${session.id}/candidateName`}
        stored={session.candidateName}
        label="Candidate name"
        maxLength={200}
        autoComplete="off"
        save={(candidateName, revision) => client.interviews.updateDetails(session.id, { candidateName }, revision)}
      />
      <h3 className="field-title">Recommendation</h3>
      <RecommendationFields session={session} draftKey={session.id} />
      <p className={missing.length ? 'history-reminder' : 'complete'}>
        {missing.length ? `Still missing: ${missing.join('; ')}` : 'Scorecard complete.'}
      </p>
      <MarkdownExportButtons sessionId={session.id} />
    </section>
  );
}
