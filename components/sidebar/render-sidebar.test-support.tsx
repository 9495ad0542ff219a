import { render } from '@testing-library/react';
import { DataClientContext } from '@/hooks/use-data-client';
import type { DataClient } from '@/lib/client/data-client';
import { createInProcessClient } from '@/lib/client/in-process-client';
import { openInterviewDatabase, type InterviewDatabase } from '@/lib/db/database';
import { parseMeetingUrl, type MeetingIdentity } from '@/lib/meeting/meeting-url';
import type { TabCall } from '@/lib/meeting/tab-call';
import { useDraftsStore } from '@/lib/stores/drafts-store';
import { useSidebarViewStore } from '@/lib/stores/sidebar-view-store';
import { SidebarApp } from './sidebar-app';

export const TEST_MEETING = parseMeetingUrl('https://meet.google.com/abc-defg-hij');

/** A fresh fake-indexeddb database and clean UI stores for each component test. */
export function freshSidebarState(): InterviewDatabase {
  useDraftsStore.setState({ drafts: {}, status: {} });
  useSidebarViewStore.setState({ view: 'question' });
  return openInterviewDatabase(`test-${crypto.randomUUID()}`);
}

/** Renders the sidebar over the background's real service, run in process. */
export function renderSidebar(
  db: InterviewDatabase,
  { meeting = TEST_MEETING, wrap }: { meeting?: MeetingIdentity | TabCall | null; wrap?: (c: DataClient) => DataClient } = {},
) {
  const base = createInProcessClient(db, meeting);
  return render(
    <DataClientContext.Provider value={wrap ? wrap(base) : base}>
      <SidebarApp />
    </DataClientContext.Provider>,
  );
}
