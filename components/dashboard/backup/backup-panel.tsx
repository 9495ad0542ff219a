import { useId, useState } from 'react';
import { useDataClient } from '@/hooks/use-data-client';
import { downloadFile } from '@/lib/export/download-file';
import { localDate } from '@/lib/export/export-file-name';
import type { RestoreMode } from '@/lib/export/export-service';
import { readFileText } from '@/lib/export/read-file-text';
import { downloadBackupInPieces, restoreInPieces } from './backup-in-pieces';
import { recordBackup } from '@/lib/settings/last-backup';
import { LastBackup } from '@/components/export/last-backup';
import { restoreSummary } from './restore-summary';

type Outcome = { state: 'idle' } | { state: 'working'; message: string } | { state: 'done' | 'failed'; message: string };

/**
 * Backup of everything as one JSON file, and restore from such a file by merging (newer record
 * wins) or replacing (after a confirmation). The background validates the whole file before it
 * writes anything, so a refused file leaves the data as it was.
 */
export function BackupPanel() {
  const client = useDataClient();
  const fileInputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [confirmingReplace, setConfirmingReplace] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>({ state: 'idle' });
  const busy = outcome.state === 'working';

  const download = async () => {
    setOutcome({ state: 'working', message: 'Preparing the backup…' });
    try {
      const fileName = `interview-sidebar-backup ${localDate(Date.now())}.json`;
      downloadFile(fileName, await downloadBackupInPieces(client), 'application/json');
      await recordBackup();
      setOutcome({ state: 'done', message: `Saved ${fileName}` });
    } catch (error) {
      setOutcome({ state: 'failed', message: `Could not back up: ${messageOf(error)}` });
    }
  };

  const restore = async (mode: RestoreMode) => {
    setConfirmingReplace(false);
    if (!file) return;
    setOutcome({ state: 'working', message: 'Restoring…' });
    try {
      const result = await restoreInPieces(client, await readFileText(file), mode);
      setOutcome({ state: 'done', message: restoreSummary(result) });
    } catch (error) {
      setOutcome({ state: 'failed', message: `Not restored, nothing was changed. ${messageOf(error)}` });
    }
  };

  return (
    <section className="backup-panel" aria-labelledby="backup-heading" aria-busy={busy || undefined}>
      <h1 id="backup-heading">Backup and restore</h1>
      <p>
        Every kit, interview and note lives only in this browser: uninstalling the extension deletes them all. Keep a backup to restore on
        another machine or after a reinstall.
      </p>
      <LastBackup />
      <button type="button" disabled={busy} onClick={() => void download()}>
        Download backup
      </button>
      <div className="field">
        <label htmlFor={fileInputId}>Backup file to restore</label>
        <input
          id={fileInputId}
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setConfirmingReplace(false);
          }}
        />
      </div>
      <div role="group" aria-label="Restore">
        <button type="button" disabled={!file || busy} onClick={() => void restore('merge')}>
          Merge
        </button>
        <button type="button" disabled={!file || busy} onClick={() => setConfirmingReplace(true)}>
          Replace
        </button>
      </div>
      {confirmingReplace && (
        <div role="alertdialog" aria-labelledby="replace-question" className="confirm">
          <p id="replace-question">
            Replace everything in this browser with the backup? Interviews, notes and kits that are not in the file are deleted.
          </p>
          <button type="button" onClick={() => void restore('replace')}>
            Replace everything
          </button>
          <button type="button" onClick={() => setConfirmingReplace(false)}>
            Cancel
          </button>
        </div>
      )}
      <p role={outcome.state === 'failed' ? 'alert' : 'status'} className="backup-outcome">
        {outcome.state === 'idle' ? '' : outcome.message}
      </p>
    </section>
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
