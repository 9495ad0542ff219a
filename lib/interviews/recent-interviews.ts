import type { InterviewDatabase } from '../db/database';
import type { MeetingIdentity } from '../meeting/meeting-url';
import type { MeetingPlatform } from '../platforms';

/** One line of the chooser: "Resume <candidate> (<when>)". */
export interface RecentInterview {
  sessionId: string;
  candidateName: string;
  /** When it last changed (epoch ms). */
  updatedAt: number;
}

const RECENT_LIMIT = 5;

/** For a call whose URL names no meeting: the interviews it may be, and the meeting of the one chosen. */
export function createRecentInterviews(db: InterviewDatabase) {
  return {
    /** The platform's latest interviews not yet ended, newest first. */
    async recentInterviews(platform: MeetingPlatform): Promise<RecentInterview[]> {
      const rows = await db.sessions
        .orderBy('updatedAt')
        .reverse()
        .filter((s) => s.platform === platform && s.clock.state !== 'ended' && !s.importedFrom)
        .limit(RECENT_LIMIT)
        .toArray();
      return rows.map((s) => ({ sessionId: s.id, candidateName: s.candidateName, updatedAt: s.updatedAt }));
    },

    /** The meeting an interview was opened for, so a tab that resumes it opens that same interview. */
    async meetingOfInterview(sessionId: string): Promise<MeetingIdentity | null> {
      const s = await db.sessions.get(sessionId);
      return s ? { platform: s.platform, code: s.meetingCode, key: s.meetingKey, url: s.meetingUrl } : null;
    },
  };
}
