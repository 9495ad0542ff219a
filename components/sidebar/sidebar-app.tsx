import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useAppearance } from '@/hooks/use-appearance';
import { applyAppearance } from '@/lib/settings/apply-appearance';
import { BootPrefsContext } from '@/hooks/use-boot-prefs';
import { DataClientContext, useDataClient } from '@/hooks/use-data-client';
import { routeFirstActions } from '@/lib/client/first-action-client';
import { DraftWriterContext, useNewDraftWriter } from '@/hooks/use-draft-writer';
import type { InterviewChoice, OpenTabInterviewResult } from '@/lib/messaging/protocol';
import { PLATFORM_LIST } from '@/lib/platforms';
import { InterviewView } from './interview-view';
import { StatusMessage } from './status-message';

// Only where the URL names no meeting the tab joined: not on a call's first screen.
const InterviewChooser = lazy(() => import('./interview-chooser').then((m) => ({ default: m.InterviewChooser })));

type Opening = { status: 'opening' } | OpenTabInterviewResult | { status: 'failed'; message: string };

/**
 * Opens (or resumes) the interview of this tab's meeting, then shows it. One request brings all
 * the first screen needs (lib/background/sidebar-boot.ts); it renders at once from that answer.
 * The side panel passes its own `open` and `choose`, for the active tab rather than the tab the page is in.
 */
export function SidebarApp({
  open,
  choose,
  tabId,
  settled,
}: {
  open?: () => Promise<OpenTabInterviewResult>;
  choose?: (choice: InterviewChoice) => Promise<OpenTabInterviewResult>;
  tabId?: number;
  /** The answer to `open`, when it came before React started: the first commit draws it, not "Opening…". */
  settled?: OpenTabInterviewResult;
}) {
  const client = useDataClient();
  useAppearance();
  const writer = useNewDraftWriter();
  const [opening, setOpening] = useState<Opening>(settled ?? { status: 'opening' });

  useEffect(() => {
    if (settled) return;
    let cancelled = false;
    (open ?? client.openTabInterview)().then(
      (result) => {
        if (cancelled) return;
        // Drawn in the right theme and size from the first paint.
        if (result.status === 'ready') applyAppearance(result.appearance);
        setOpening(result);
      },
      (error: unknown) => !cancelled && setOpening({ status: 'failed', message: String(error) }),
    );
    return () => {
      cancelled = true;
    };
    // `open` and `settled` are fixed for the life of this component (the side panel keys it by meeting).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client]);

  // The chooser's answer: the tab now stays on that interview, which opens here.
  const onChoose = async (sessionId: string | null) => setOpening(await (choose ?? client.chooseTabInterview)({ sessionId }));
  // Requests naming the call's not-yet-created interview go as its first action (lib/client/first-action-client.ts).
  const routed = useMemo(() => routeFirstActions(client, tabId), [client, tabId]);
  return (
    <DraftWriterContext.Provider value={writer}>
      <DataClientContext.Provider value={routed}>{content(opening, onChoose)}</DataClientContext.Provider>
    </DraftWriterContext.Provider>
  );
}

const BootedInterview = ({ boot }: { boot: Extract<Opening, { status: 'ready' }> }) => (
  <BootPrefsContext.Provider value={boot}>
    <InterviewView boot={boot} />
  </BootPrefsContext.Provider>
);

function content(opening: Opening, onChoose: (sessionId: string | null) => Promise<void>) {
  switch (opening.status) {
    case 'opening':
      return <StatusMessage busy>Opening the interview…</StatusMessage>;
    case 'refused':
      return <StatusMessage>This sidebar can only be opened by the extension on a call.</StatusMessage>;
    case 'not-a-meeting':
      return <StatusMessage>Join a {PLATFORM_LIST} call to see its interview here.</StatusMessage>;
    case 'choose':
      return (
        <Suspense>
          <InterviewChooser platform={opening.platform} recent={opening.recent} onChoose={onChoose} />
        </Suspense>
      );
    case 'failed':
      return <StatusMessage role="alert">Could not open the interview: {opening.message}</StatusMessage>;
    case 'ready':
      return <BootedInterview boot={opening} />;
  }
}
