import { useDataClient } from '@/hooks/use-data-client';
import type { InterviewSession } from '@/lib/interviews/interview-types';
import { DraftTextField } from './draft-text-field';
import { RatingGroup } from './rating-group';

/**
 * The interview's verdict: the recommendation and the summary, saved as they change. Shared by
 * the sidebar's wrap-up and a past interview in the dashboard; `draftKey` keys the summary's draft
 * (the sidebar keys it by meeting, so typing carries on while a quiet call becomes an interview).
 */
export function RecommendationFields({ session, draftKey }: { session: InterviewSession; draftKey: string }) {
  const client = useDataClient();
  return (
    <>
      <RatingGroup
        label="Recommendation"
        name="recommendation"
        value={session.recommendation}
        clearLabel="No decision"
        onChange={(recommendation) => void client.interviews.updateDetails(session.id, { recommendation })}
      />
      <DraftTextField
        draftKey={`${draftKey}/summary`}
        stored={session.summary}
        label="Summary"
        multiline
        save={(summary, revision) => client.interviews.updateDetails(session.id, { summary }, revision)}
      />
    </>
  );
}
