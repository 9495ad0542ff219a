import { mountSurface } from '@/components/mount-surface';
import { EarlyScreenContext } from '@/hooks/use-remember-first-screen';
import { SidebarSurfaceContext } from '@/hooks/use-sidebar-surface';
import type { DataClient } from '@/lib/client/data-client';
import type { FirstScreenRecord } from '@/lib/first-screen/first-screen-record';
import type { OpenTabInterviewResult } from '@/lib/messaging/protocol';
import { applyAppearance } from '@/lib/settings/apply-appearance';
import { SidebarApp } from './sidebar-app';

interface InPageStart {
  /** The first request, sent before React loaded. */
  open: () => Promise<OpenTabInterviewResult>;
  /** Its answer, if it came first. */
  settled: OpenTabInterviewResult | undefined;
  /** The kept first screen painted before React (lib/first-screen/early-screen.ts), which React's first commit replaces; null when none was, or the build's own. */
  kept: FirstScreenRecord | null;
  /** The frame's width as it was placed, when the frame placed itself. */
  width: number | null;
}

/** The sidebar in a call's page: React and the app, loaded by entrypoints/sidebar/main.ts once its first request has left. */
export function mountInPageSidebar(client: DataClient, { open, settled, kept, width }: InPageStart): void {
  if (settled?.status === 'ready') applyAppearance(settled.appearance);
  mountSurface(
    <SidebarSurfaceContext.Provider value="in-page">
      <EarlyScreenContext.Provider value={{ kept, width }}>
        <SidebarApp open={open} settled={settled} />
      </EarlyScreenContext.Provider>
    </SidebarSurfaceContext.Provider>,
    client,
  );
}
