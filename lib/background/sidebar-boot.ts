import type { MeetingIdentity } from '../meeting/meeting-url';
import type { OpenTabInterviewResult } from '../messaging/protocol';
import { readAppearance } from '../settings/appearance';
import { readLayout } from '../settings/sidebar-layout';
import type { InterviewService } from '../interviews/interview-service';

/**
 * The sidebar's first and only request before it paints: the interview (with its kit snapshot),
 * the current question's note, and the layout and appearance it is drawn with, read side by side.
 * Live subscriptions start after that first paint.
 */
export async function bootSidebar(
  service: Pick<InterviewService, 'bootInterview'>,
  meeting: MeetingIdentity | null,
): Promise<OpenTabInterviewResult> {
  if (!meeting) return { status: 'not-a-meeting' };
  const [opened, layout, appearance] = await Promise.all([service.bootInterview(meeting), readLayout(meeting.platform), readAppearance()]);
  return { status: 'ready', ...opened, layout, appearance };
}
