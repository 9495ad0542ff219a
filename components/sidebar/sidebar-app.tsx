import { useEffect, useState } from 'react';
import { useAppearance } from '@/hooks/use-appearance';
import { useDataClient } from '@/hooks/use-data-client';
import { DraftWriterContext, useNewDraftWriter } from '@/hooks/use-draft-writer';
import type { InterviewChoice, OpenTabInterviewResult } from '@/lib/messaging/protocol';
import { PLATFORM_LIST } from '@/lib/platforms';
import { InterviewChooser } from './interview-chooser';
import { InterviewView } from './interview-view';
import { StatusMessage } from './status-message';

type Opening = { status: 'opening' } | OpenTabInterviewResult | { status: 'failed'; message: string };

/**
 * Opens (or resumes) the interview of this tab's meeting, then shows it. The side panel passes
 * its own `open` and `choose`, for the active tab rather than the tab the page is in.
 */
export function SidebarApp({
  open,
  choose,
}: {
  open?: () => Promise<OpenTabInterviewResult>;
  choose?: (choice: InterviewChoice) => Promise<OpenTabInterviewResult>;
}) {
  const client = useDataClient();
  useAppearance();
  const writer = useNewDraftWriter();
  const [opening, setOpening] = useState<Opening>({ status: 'opening' });

  useEffect(() => {
    let cancelled = false;
    (open ?? client.openTabInterview)().then(
      (result) => !cancelled && setOpening(result),
      (error: unknown) => !cancelled && setOpening({ status: 'failed', message: String(error) }),
    );
    return () => {
      cancelled = true;
    };
    // `open` is fixed for the life of this component (the side panel keys it by meeting).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client]);

  // The chooser's answer: the tab now stays on that interview, which opens here.
  const onChoose = async (sessionId: string | null) => setOpening(await (choose ?? client.chooseTabInterview)({ sessionId }));

  return <DraftWriterContext.Provider value={writer}>{content(opening, onChoose)}</DraftWriterContext.Provider>;
}

function content(opening: Opening, onChoose: (sessionId: string | null) => Promise<void>) {
  switch (opening.status) {
    case 'opening':
      return <StatusMessage busy>Opening the interview…</StatusMessage>;
    case 'not-a-meeting':
      return <StatusMessage>Join a {PLATFORM_LIST} call to see its interview here.</StatusMessage>;
    case 'choose':
      return <InterviewChooser platform={opening.platform} recent={opening.recent} onChoose={onChoose} />;
    case 'failed':
      return <StatusMessage role="alert">Could not open the interview: {opening.message}</StatusMessage>;
    case 'ready':
      return <InterviewView sessionId={opening.session.id} />;
  }
}
