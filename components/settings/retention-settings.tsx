import { useEffect, useState } from 'react';
import { useDataClient } from '@/hooks/use-data-client';

type Pending = { days: number; count: number } | null;

/**
 * The retention period: keep interviews forever, or delete those older than N days. A period that
 * would delete interviews now says how many and asks first; deleted this way they cannot be undone.
 */
export function RetentionSettings() {
  const client = useDataClient();
  const [saved, setSaved] = useState<number | null | undefined>();
  const [draft, setDraft] = useState('');
  const [pending, setPending] = useState<Pending>(null);
  const [message, setMessage] = useState<{ failed: boolean; text: string }>();

  useEffect(() => {
    void client.retention.retentionDays().then((days) => (setSaved(days), setDraft(days ? String(days) : '')));
  }, [client]);

  const apply = async (days: number | null) => {
    try {
      const deleted = await client.retention.setRetentionDays(days);
      setSaved(days);
      setPending(null);
      setMessage({
        failed: false,
        text: days
          ? `Interviews are kept ${days} days.${deleted ? ` Deleted ${deleted} older interview${deleted === 1 ? '' : 's'}.` : ''}`
          : 'Interviews are kept until you delete them.',
      });
    } catch (e) {
      setMessage({ failed: true, text: `Not saved: ${e instanceof Error ? e.message : String(e)}` });
    }
  };

  const save = async () => {
    if (draft.trim() === '') return apply(null);
    const days = Number(draft);
    try {
      const count = await client.retention.countExpired(days);
      if (count > 0) setPending({ days, count });
      else await apply(days);
    } catch (e) {
      setMessage({ failed: true, text: `Not saved: ${e instanceof Error ? e.message : String(e)}` });
    }
  };

  return (
    <fieldset className="retention-settings">
      <legend>Data retention</legend>
      <p className="hint">
        For teams with retention rules: interviews older than this are deleted, with their notes. Leave empty to keep them.
      </p>
      <label htmlFor="retention-days">Delete interviews older than (days)</label>
      <div className="retention-row">
        <input
          id="retention-days"
          type="number"
          min={1}
          max={3650}
          step={1}
          value={draft}
          disabled={saved === undefined}
          onChange={(e) => (setDraft(e.target.value), setPending(null))}
        />
        <button type="button" disabled={saved === undefined} onClick={() => void save()}>
          Save retention
        </button>
      </div>
      {pending && (
        <div role="alert" className="retention-confirm">
          {pending.count} interview{pending.count === 1 ? ' is' : 's are'} older than {pending.days} days and will be deleted now, without
          Undo.{' '}
          <button type="button" onClick={() => void apply(pending.days)}>
            Delete them and save
          </button>{' '}
          <button type="button" onClick={() => setPending(null)}>
            Cancel
          </button>
        </div>
      )}
      {message && <p role={message.failed ? 'alert' : 'status'}>{message.text}</p>}
    </fieldset>
  );
}
