import { useState } from 'react';
import { useDataClient } from '@/hooks/use-data-client';
import { downloadFile } from '@/lib/export/download-file';
import { exportMarkdown } from './export-markdown';

type Outcome = { state: 'idle' | 'working' } | { state: 'done'; message: string } | { state: 'failed'; message: string };
type Action = 'copy' | 'copy-text' | 'download';

/**
 * "Copy Markdown", "Copy as plain text" and "Export Markdown" for one interview: this page writes
 * the document from the background's record, puts it on the clipboard or saves it as a .md file,
 * and says how that went. The copies leave out the front matter: pasted into a comment box, an ATS field or a
 * chat, YAML renders as a rule and a giant heading. The file keeps it, for notes apps.
 */
export function MarkdownExportButtons({ sessionId }: { sessionId: string }) {
  const client = useDataClient();
  const [outcome, setOutcome] = useState<Outcome>({ state: 'idle' });

  const run = async (action: Action) => {
    setOutcome({ state: 'working' });
    try {
      const [exported] = await exportMarkdown(client, [sessionId]);
      if (!exported) throw new Error('This interview no longer exists.');
      if (action === 'download') {
        downloadFile(exported.fileName, exported.markdown);
        setOutcome({ state: 'done', message: `Saved ${exported.fileName}` });
      } else {
        await navigator.clipboard.writeText(action === 'copy' ? exported.pasteMarkdown : exported.plainText);
        setOutcome({ state: 'done', message: action === 'copy' ? 'Copied' : 'Copied as plain text' });
      }
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setOutcome({ state: 'failed', message: `${action === 'download' ? 'Could not export' : 'Could not copy'}: ${reason}` });
    }
  };

  const busy = outcome.state === 'working';
  return (
    <div className="export-actions">
      <button type="button" disabled={busy} onClick={() => void run('copy')}>
        Copy Markdown
      </button>
      <button type="button" disabled={busy} onClick={() => void run('copy-text')}>
        Copy as plain text
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
