import { useEffect, useState } from 'react';
import { useDataClient } from '@/hooks/use-data-client';
import { DraftWriterContext, useNewDraftWriter } from '@/hooks/use-draft-writer';
import type { OpenTabInterviewResult } from '@/lib/messaging/protocol';
import { InterviewView } from './interview-view';
import { StatusMessage } from './status-message';

type Opening = { status: 'opening' } | OpenTabInterviewResult | { status: 'failed'; message: string };

/** Opens (or resumes) the interview of this tab's meeting, then shows it. */
export function SidebarApp() {
  const client = useDataClient();
  const writer = useNewDraftWriter();
  const [opening, setOpening] = useState<Opening>({ status: 'opening' });

  useEffect(() => {
    let cancelled = false;
    client.openTabInterview().then(
      (result) => !cancelled && setOpening(result),
      (error: unknown) => !cancelled && setOpening({ status: 'failed', message: String(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [client]);

  return <DraftWriterContext.Provider value={writer}>{content(opening)}</DraftWriterContext.Provider>;
}

function content(opening: Opening) {
  switch (opening.status) {
    case 'opening':
      return <StatusMessage busy>Opening the interview…</StatusMessage>;
    case 'not-a-meeting':
      return <StatusMessage>Join a Google Meet or Zoom call to see its interview here.</StatusMessage>;
    case 'failed':
      return <StatusMessage role="alert">Could not open the interview: {opening.message}</StatusMessage>;
    case 'ready':
      return <InterviewView sessionId={opening.session.id} />;
  }
}
