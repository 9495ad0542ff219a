import type { InterviewDatabase } from '../db/database';
import { createComparisonService } from '../compare/comparison-service';
import { createExportService } from '../export/export-service';
import { createCandidateService } from '../interviews/candidate-service';
import { createInterviewService } from '../interviews/interview-service';
import { createInterviewRemovalService } from '../interviews/interview-removal-service';
import { createRetentionService } from '../interviews/retention-service';
import { createImportService } from '../import/import-service';
import { createKitService } from '../kits/kit-service';
import { createRevisionGuard } from '../drafts/revision-guard';
import type { MeetingIdentity } from '../meeting/meeting-url';
import { actInMeeting } from './first-action';
import { createSearchService } from '../search/search-service';

/**
 * Everything the background does with the database, one service per concern. The protocol
 * is derived from this object: each method is a request every surface can make.
 */
export function createBackgroundService(
  db: InterviewDatabase,
  now: () => number = Date.now,
  isAttended: (sessionId: string) => boolean = () => true,
) {
  const revisions = createRevisionGuard();
  // Interviews whose first action is being applied: the sidebar that made it is open (see first-action.ts).
  const acting = new Set<string>();
  const interviews = createInterviewService(db, now, revisions, (id) => acting.has(id) || isAttended(id));
  return {
    ...interviews,
    /** The first thing done in a call: creates its interview and applies the action, in one request. */
    actInMeeting: (meeting: MeetingIdentity | null, name: string, args: unknown) => actInMeeting(interviews, acting, meeting, name, args),
    ...createExportService(db, now),
    ...createKitService(db, now),
    ...createSearchService(db),
    ...createInterviewRemovalService(db),
    ...createComparisonService(db, now),
    ...createCandidateService(db, now),
    ...createImportService(db, now),
    ...createRetentionService(db, now),
  };
}

export type BackgroundService = ReturnType<typeof createBackgroundService>;
