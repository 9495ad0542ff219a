import type { MeetingIdentity } from '../meeting/meeting-url';
import type { OpenTabInterviewResult } from '../messaging/protocol';
import { readAppearance } from '../settings/appearance';
import { readLayout } from '../settings/sidebar-layout-store';
import { bootBeforeAnyDatabase } from '../interviews/interview-boot';
import type { InterviewService } from '../interviews/interview-service';

/**
 * The sidebar's first and only request before it paints: the interview (with its kit snapshot),
 * the current question's note, and the layout and appearance it is drawn with, read side by side.
 * Live subscriptions start after that first paint.
 */
export async function bootSidebar(
  bootInterview: InterviewService['bootInterview'],
  meeting: MeetingIdentity | null,
  /** True right after installing, until anything opens the database (entrypoints/background.ts). */
  noDatabaseYet: () => boolean = () => false,
): Promise<OpenTabInterviewResult> {
  if (!meeting) return { status: 'not-a-meeting' };
  const interview = noDatabaseYet() ? Promise.resolve(bootBeforeAnyDatabase(meeting, Date.now())) : bootInterview(meeting);
  const [opened, layout, appearance] = await Promise.all([interview, readLayout(meeting.platform), readAppearance()]);
  return { status: 'ready', ...opened, layout, appearance };
}
