import { useState } from 'react';
import { useDataClient } from '@/hooks/use-data-client';
import { downloadFile } from '@/lib/export/download-file';

type Outcome = { state: 'idle' | 'working' } | { state: 'done'; message: string } | { state: 'failed'; message: string };

/**
 * "Copy Markdown" and "Export Markdown" for one interview: the background writes the document,
 * this page puts it on the clipboard or saves it as a .md file, and says how that went.
 */
export function MarkdownExportButtons({ sessionId }: { sessionId: string }) {
  const client = useDataClient();
  const [outcome, setOutcome] = useState<Outcome>({ state: 'idle' });

  const run = async (action: 'copy' | 'download') => {
    setOutcome({ state: 'working' });
    try {
      const { fileName, markdown } = await client.exportInterviewMarkdown(sessionId);
      if (action === 'copy') {
        await navigator.clipboard.writeText(markdown);
        setOutcome({ state: 'done', message: 'Copied' });
      } else {
        downloadFile(fileName, markdown);
        setOutcome({ state: 'done', message: `Saved ${fileName}` });
      }
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setOutcome({ state: 'failed', message: `${action === 'copy' ? 'Could not copy' : 'Could not export'}: ${reason}` });
    }
  };

  const busy = outcome.state === 'working';
  return (
    <div className="export-actions">
      <button type="button" disabled={busy} onClick={() => void run('copy')}>
        Copy Markdown
      </button>
      <button type="button" disabled={busy} onClick={() => void run('download')}>
        Export Markdown
      </button>
      <span role={outcome.state === 'failed' ? 'alert' : 'status'} className="export-outcome">
        {outcome.state === 'done' || outcome.state === 'failed' ? outcome.message : ''}
      </span>
    </div>
  );
}
