import type { InterviewDatabase } from '../db/database';
import { createComparisonService } from '../compare/comparison-service';
import { createExportService } from '../export/export-service';
import { createCandidateService } from '../interviews/candidate-service';
import { createInterviewService } from '../interviews/interview-service';
import { createInterviewRemovalService } from '../interviews/interview-removal-service';
import { createRecentInterviews } from '../interviews/recent-interviews';
import { createRetentionService } from '../interviews/retention-service';
import { createImportService } from '../import/import-service';
import { createKitService } from '../kits/kit-service';
import { createRevisionGuard } from '../drafts/revision-guard';
import type { MeetingIdentity } from '../meeting/meeting-url';
import { actInMeeting } from './first-action';
import { createSearchService } from '../search/search-service';

/**
 * Everything the background does with the database, one namespace per service so that two
 * services can never shadow each other's methods. `requests` is what a surface may ask: the
 * protocol, the clients and the handlers are all derived from it (lib/messaging/request-proxy.ts).
 */
export function createBackgroundService(
  db: InterviewDatabase,
  now: () => number = Date.now,
  isAttended: (sessionId: string) => boolean = () => true,
) {
  const revisions = createRevisionGuard();
  // Interviews whose first action is being applied: the sidebar that made it is open (lib/background/first-action.ts).
  const acting = new Set<string>();
  const { openInterview, bootInterview, setPresent, pauseAbandoned, stepQuestionInMeeting, ...interviews } = createInterviewService(
    db,
    now,
    revisions,
    (id) => acting.has(id) || isAttended(id),
  );
  const requests = {
    interviews,
    exports: createExportService(db, now),
    kits: createKitService(db, now),
    search: createSearchService(db),
    removal: createInterviewRemovalService(db),
    comparison: createComparisonService(db, now),
    candidates: createCandidateService(db, now),
    imports: createImportService(db, now),
    retention: createRetentionService(db, now),
  };
  return {
    requests,
    /**
     * The background's alone: the meeting of `openInterview`, `bootInterview` and a call's first
     * action comes from the browser's record of a tab, presence from the open surfaces, the step
     * from a browser shortcut; a page never chooses them. The chooser's list is answered with the
     * tab's call (lib/background/register-handlers.ts).
     */
    meetings: {
      openInterview,
      bootInterview,
      /** The first thing done in a call: creates its interview and applies the request to it, in one message. */
      actInMeeting: (meeting: MeetingIdentity | null, call: unknown) => actInMeeting(requests, openInterview, acting, meeting, call),
      setPresent,
      pauseAbandoned,
      stepQuestionInMeeting,
      ...createRecentInterviews(db),
    },
  };
}

export type BackgroundService = ReturnType<typeof createBackgroundService>;
/** The requests a surface may make, by service namespace (e.g. `interviews.saveNote`). */
export type SurfaceRequests = BackgroundService['requests'];
