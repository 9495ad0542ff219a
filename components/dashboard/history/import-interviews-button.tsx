import { useState } from 'react';
import { useDataClient } from '@/hooks/use-data-client';
import { readFileText } from '@/lib/export/read-file-text';
import { importInPieces } from './import-in-pieces';

type Outcome = { state: 'idle' } | { state: 'working'; sent: number } | { state: 'done' | 'failed'; message: string };

/**
 * "Import interviews": a colleague's exported interviews (.md, one per file, or a backup .json),
 * so a hiring manager can compare interviews held by several interviewers. Files of any size go
 * to the background in pieces, with the share sent shown as it goes.
 */
export function ImportInterviewsButton() {
  const client = useDataClient();
  const [outcome, setOutcome] = useState<Outcome>({ state: 'idle' });

  const importFiles = async (list: FileList | null) => {
    if (!list?.length) return;
    setOutcome({ state: 'working', sent: 0 });
    try {
      const files = await Promise.all([...list].map(async (file) => ({ name: file.name, text: await readFileText(file) })));
      const { imported, skipped } = await importInPieces(client, files, (sent) => setOutcome({ state: 'working', sent }));
      const already = skipped ? `; ${skipped} ${skipped === 1 ? 'was' : 'were'} already here` : '';
      setOutcome({ state: 'done', message: `Imported ${imported} interview${imported === 1 ? '' : 's'}${already}.` });
    } catch (error) {
      setOutcome({ state: 'failed', message: `Nothing imported: ${error instanceof Error ? error.message : String(error)}` });
    }
  };

  return (
    <div className="import-interviews">
      <label className="file-button">
        Import interviews…
        <input
          type="file"
          multiple
          accept=".md,.markdown,.json,text/markdown,application/json"
          disabled={outcome.state === 'working'}
          onChange={(e) => {
            void importFiles(e.target.files);
            e.target.value = '';
          }}
        />
      </label>
      <span role={outcome.state === 'failed' ? 'alert' : 'status'} className="export-outcome">
        {outcome.state === 'working' ? `Importing… ${Math.floor(outcome.sent * 100)}%` : 'message' in outcome ? outcome.message : ''}
      </span>
    </div>
  );
}
