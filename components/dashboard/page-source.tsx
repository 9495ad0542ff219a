import { useEffect, useRef, useState } from 'react';
import type { PageReading } from '@/lib/kits/page-reader';
import type { PageImportRequest } from '@/lib/kits/page-import-request';
import { readTabPage } from '@/lib/kits/read-tab-page';

/**
 * The page the user came from (toolbar button or "Import as interview kit"): read at once when
 * they asked for it in the menu, else on "Import this page". Reading happens in the page, once.
 */
export function PageSource({
  request,
  onReading,
  readTab = readTabPage,
}: {
  request: PageImportRequest;
  onReading: (reading: PageReading) => void;
  readTab?: (tabId: number) => Promise<PageReading>;
}) {
  const [state, setState] = useState<{ kind: 'idle' | 'reading' | 'done' } | { kind: 'error'; message: string }>({ kind: 'idle' });
  const started = useRef(false);

  const read = async () => {
    setState({ kind: 'reading' });
    try {
      const reading = await readTab(request.tabId);
      setState({ kind: 'done' });
      onReading(reading);
    } catch (e) {
      setState({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  };

  useEffect(() => {
    // Once, even when React runs effects twice in development.
    if (!request.readNow || started.current) return;
    started.current = true;
    void read();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- read the page once, on arrival
  }, []);

  return (
    <div className="page-source" role="group" aria-label="The page you were on">
      <p>Make a kit from the page you were on: its main text, or only what you selected there.</p>
      <button type="button" className="primary" onClick={() => void read()} disabled={state.kind === 'reading'}>
        Import this page
      </button>
      {state.kind === 'reading' && <p role="status">Reading the page…</p>}
      {state.kind === 'error' && (
        <p role="alert" className="error">
          {state.message}
        </p>
      )}
    </div>
  );
}
