import { useState } from 'react';
import { useDataClient } from '@/hooks/use-data-client';
import { downloadFile } from '@/lib/export/download-file';
import { localDate } from '@/lib/export/export-file-name';
import { markdownZip } from '@/lib/export/markdown-zip';
import { exportMarkdown } from '@/components/export/export-markdown';

type Outcome = { state: 'idle' | 'working' } | { state: 'done' | 'failed'; message: string };

/** Exports the chosen interviews as one .zip of .md files, zipped here on the page. */
export function ZipExportButton({ sessionIds }: { sessionIds: string[] }) {
  const client = useDataClient();
  const [outcome, setOutcome] = useState<Outcome>({ state: 'idle' });

  const exportZip = async () => {
    setOutcome({ state: 'working' });
    try {
      const exports = await exportMarkdown(client, sessionIds);
      const fileName = `interviews ${localDate(Date.now())}.zip`;
      downloadFile(fileName, markdownZip(exports), 'application/zip');
      setOutcome({ state: 'done', message: `Saved ${exports.length} interview${exports.length === 1 ? '' : 's'} in ${fileName}` });
    } catch (error) {
      setOutcome({ state: 'failed', message: `Could not export: ${error instanceof Error ? error.message : String(error)}` });
    }
  };

  return (
    <>
      <button
        type="button"
        disabled={sessionIds.length === 0 || outcome.state === 'working'}
        aria-busy={outcome.state === 'working' || undefined}
        onClick={() => void exportZip()}
      >
        Export selected as .zip
      </button>
      <span role={outcome.state === 'failed' ? 'alert' : 'status'}>
        {outcome.state === 'working' ? 'Exporting…' : 'message' in outcome ? outcome.message : ''}
      </span>
    </>
  );
}
