import { useState, type FormEvent } from 'react';
import { fetchKitFromLink } from '@/lib/kits/kit-link';

/** "Kit by link": a JSON or Markdown kit (or a kit page) at an https address, fetched on request. */
export function KitLinkImport({
  onFile,
  fetchLink = fetchKitFromLink,
}: {
  onFile: (file: { text: string; fileName: string; url: string }) => void;
  fetchLink?: (address: string) => ReturnType<typeof fetchKitFromLink>;
}) {
  const [address, setAddress] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError('');
    setBusy(true);
    try {
      // The first await: the browser asks for the site's permission only inside the click.
      onFile(await fetchLink(address));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="kit-link" aria-label="Import from a link" onSubmit={submit}>
      <label htmlFor="kit-link">Or a link to a kit file (JSON or Markdown)</label>
      <div className="import-actions">
        <input
          id="kit-link"
          type="url"
          inputMode="url"
          placeholder="https://"
          value={address}
          onChange={(e) => setAddress(e.target.value)}
        />
        <button type="submit" disabled={busy || !address.trim()}>
          {busy ? 'Fetching…' : 'Fetch'}
        </button>
      </div>
      <p className="hint">The browser asks you to allow that one site; the permission is given back once the file is read.</p>
      {error && (
        <p role="alert" className="error">
          {error} Nothing was saved.
        </p>
      )}
    </form>
  );
}
