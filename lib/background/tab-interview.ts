import { unnamedMeeting, type TabCall } from '../meeting/tab-call';
import type { OpenTabInterviewResult } from '../messaging/protocol';
import type { BackgroundService } from './background-service';
import { readAppearance } from '../settings/appearance';
import { readLayout } from '../settings/sidebar-layout-store';
import { bootSidebar } from './sidebar-boot';

/** What the sidebar of a tab's call opens on: its interview, or the chooser where no meeting is known. */
export async function openTabCall(
  service: () => BackgroundService,
  call: TabCall | null,
  noDatabaseYet?: () => boolean,
): Promise<OpenTabInterviewResult> {
  if (!call) return { status: 'not-a-meeting' };
  if (!call.meeting) {
    const { platform } = call;
    const [recent, layout, appearance] = await Promise.all([
      service().meetings.recentInterviews(platform),
      readLayout(platform),
      readAppearance(),
    ]);
    return { status: 'choose', platform, recent, layout, appearance };
  }
  // The service (and the database) is made only if the first screen needs it (lib/background/sidebar-boot.ts).
  return bootSidebar((meeting) => service().meetings.bootInterview(meeting), call.meeting, noDatabaseYet);
}

/**
 * The call after the chooser's answer: the meeting of the interview resumed, or a new meeting of
 * its own; the call as it was when the answer does not fit it (no call, another platform's interview).
 */
export async function chosenCall(
  service: BackgroundService,
  call: TabCall | null,
  sessionId: string | null,
  href: string,
): Promise<TabCall | null> {
  if (!call) return null;
  const chosen = sessionId
    ? await service.meetings.meetingOfInterview(sessionId)
    : unnamedMeeting(call.platform, href, crypto.randomUUID());
  // A Zoom interview is not resumed in a Teams call.
  return chosen?.platform === call.platform ? { platform: call.platform, meeting: chosen } : call;
}
