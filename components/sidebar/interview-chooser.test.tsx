// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackgroundService } from '@/lib/background/background-service';
import type { InterviewDatabase } from '@/lib/db/database';
import { parseMeetingUrl } from '@/lib/meeting/meeting-url';
import { freshSidebarState, renderSidebar } from './render-sidebar.test-support';

let db: InterviewDatabase;
beforeEach(() => {
  db = freshSidebarState();
});
afterEach(() => db.delete());

const TEAMS_JOIN = parseMeetingUrl('https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0')!;

/** An interview held earlier on `url`, with a candidate's name. */
async function earlierInterview(url: string, candidateName: string) {
  const service = createBackgroundService(db);
  const session = await service.meetings.openInterview(parseMeetingUrl(url)!);
  await service.requests.interviews.updateDetails(session.id, { candidateName });
  return session;
}

describe('the chooser, on a call whose URL names no meeting', () => {
  it('lists the recent interviews of that platform and resumes the one chosen', async () => {
    const user = userEvent.setup();
    const teams = await earlierInterview(TEAMS_JOIN.url, 'Ada Lovelace');
    await earlierInterview('https://meet.google.com/abc-defg-hij', 'Grace Hopper');
    renderSidebar(db, { meeting: { platform: 'teams', meeting: null } });

    const list = await screen.findByRole('list', { name: 'Recent interviews' });
    const resume = within(list).getAllByRole('button');
    // Only the Teams interview: a Meet one is no candidate for this call.
    expect(resume.map((b) => b.textContent)).toEqual(['Resume Ada Lovelace']);
    expect(resume[0]).toHaveAccessibleName('Resume Ada Lovelace');
    expect(resume[0]).toHaveAccessibleDescription(/^\(.+\)$/);

    await user.click(resume[0]!);
    expect(await screen.findByText('Question 1 of 8')).toBeInTheDocument();
    expect(screen.getByTitle('Candidate')).toHaveTextContent('Ada Lovelace');
    expect(await db.sessions.count()).toBe(2);
    expect((await db.sessions.get(teams.id))?.meetingKey).toBe(TEAMS_JOIN.key);
  });

  it('starts a new interview of its own on "New interview", and shows no list when there is none', async () => {
    const user = userEvent.setup();
    renderSidebar(db, { meeting: { platform: 'teams', meeting: null } });
    await screen.findByRole('heading', { name: 'Which interview is this call?' });
    expect(screen.queryByRole('list', { name: 'Recent interviews' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'New interview' }));
    expect(await screen.findByText('Question 1 of 8')).toBeInTheDocument();
    const sessions = await db.sessions.toArray();
    expect(sessions.map((s) => [s.platform, s.meetingKey.startsWith('teams:call-')])).toEqual([['teams', true]]);
  });
});
