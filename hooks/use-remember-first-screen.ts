import { createContext, useContext, useLayoutEffect } from 'react';
import type { InterviewSession } from '@/lib/interviews/interview-types';
import { FIRST_SCREEN_VERSION, standInSource, type FirstScreenRecord, type RecordLayout } from '@/lib/first-screen/first-screen-record';
import { rememberFirstScreen } from '@/lib/first-screen/remember-first-screen';
import { treeOf } from '@/lib/first-screen/screen-tree';

/**
 * Given by the in-page sidebar only (components/sidebar/in-page-sidebar.tsx): the first screen
 * painted before React from storage, if any. Other surfaces remember nothing.
 */
export const EarlyScreenContext = createContext<{
  /** The record kept in storage that was painted before React; null when none was (or the build's own was). */
  kept: FirstScreenRecord | null;
  /** The frame's width as it was placed (lib/first-screen/first-screen-record.ts, frameWidth); null where unknown. */
  width: number | null;
} | null>(null);

/**
 * On its first commit, a new call's screen (the stand-in) is taken as React drew it, once the
 * layout effects that measure it (hooks/use-overflow.ts: "Show all") have drawn it again, in the
 * same task, before any paint; then stored once the frame is idle: the next new call of the
 * platform, in the same layout, width and text size, paints it before React and the background
 * (lib/first-screen/early-screen.ts), and React there draws the same.
 */
export function useRememberFirstScreen(
  screen: () => Element | null | undefined,
  session: InterviewSession,
  layout: Pick<RecordLayout, 'dock' | 'compact'>,
  standIn: boolean,
): void {
  const early = useContext(EarlyScreenContext);
  useLayoutEffect(() => {
    if (!early || early.width === null || !standIn) return;
    const width = early.width;
    queueMicrotask(() => {
      const element = screen();
      if (!element) return;
      const drawnIn = { ...layout, width, textSize: document.documentElement.dataset.textSize ?? 'medium' };
      const record: FirstScreenRecord = {
        version: FIRST_SCREEN_VERSION,
        source: standInSource(session),
        layout: drawnIn,
        tree: treeOf(element),
      };
      // The mark says what was done (e2e/early-screen.e2e.test.ts waits for it).
      const store = () =>
        void rememberFirstScreen(session.platform, record, early.kept).then(
          (stored) => performance.mark(stored ? 'sidebar first screen stored' : 'sidebar first screen unchanged'),
          () => undefined,
        );
      if (typeof requestIdleCallback === 'function') requestIdleCallback(store, { timeout: 2_000 });
      else setTimeout(store, 0);
    });
    // The first commit only: what React draws first from the background's answer.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
