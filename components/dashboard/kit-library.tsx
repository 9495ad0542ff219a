import { useEffect } from 'react';
import { useDataClient } from '@/hooks/use-data-client';
import { readPageImportRequest } from '@/lib/kits/page-import-request';
import { useLive } from '@/hooks/use-live';
import { useDashboardStore } from '@/lib/stores/dashboard-store';
import { ImportPanel } from './import-panel';
import { KitEditor } from './kit-editor';
import { KitList } from './kit-list';

/** The kit library: the list on one side, the open kit, a new kit or the importer on the other. */
export function KitLibrary() {
  const view = useDashboardStore((s) => s.view);
  const show = useDashboardStore((s) => s.show);
  // Opened from a web page (toolbar button, "Import as interview kit"): the importer, with that page.
  useEffect(() => {
    const page = readPageImportRequest(window.location.hash);
    if (page) show({ kind: 'import', page });
  }, [show]);
  return (
    <div className="dashboard">
      <div className="section-header">
        <h1 className="section-title">Kit library</h1>
        <div className="header-actions">
          <button type="button" className="primary" onClick={() => show({ kind: 'new' })}>
            New kit
          </button>
          <button type="button" onClick={() => show({ kind: 'import' })}>
            Import kit
          </button>
        </div>
      </div>
      <UndoBar />
      <div className="dashboard-body">
        <KitList />
        <div className="dashboard-main">
          {view.kind === 'new' && <KitEditor key="new" />}
          {view.kind === 'import' && <ImportPanel key={view.page?.tabId ?? 'paste'} page={view.page} />}
          {view.kind === 'edit' && <OpenKit kitId={view.kitId} />}
          {view.kind === 'empty' && <p className="empty">Choose a kit to edit it, or create or import one.</p>}
        </div>
      </div>
    </div>
  );
}

function OpenKit({ kitId }: { kitId: string }) {
  const kits = useLive('kits', {});
  if (kits.status === 'loading') return <p role="status">Loading…</p>;
  if (kits.status === 'error') return <p role="alert">{kits.message}</p>;
  const kit = kits.value.find((k) => k.id === kitId);
  if (!kit) return <p className="empty">This kit no longer exists.</p>;
  // Keyed by id: opening another kit starts a fresh form.
  return <KitEditor key={kit.id} kit={kit} />;
}

/** After a delete: one click brings the kit back. Errors of list actions show here too. */
function UndoBar() {
  const client = useDataClient();
  const { undo, message, offerUndo, say, show } = useDashboardStore();
  if (!undo && !message) return null;
  return (
    <div className="undo-bar" role={message ? 'alert' : 'status'}>
      {message || `Deleted “${undo?.title}”.`}
      {undo && !message && (
        <button
          type="button"
          onClick={() =>
            client.kits.restoreKit(undo).then(
              (kit) => {
                offerUndo(null);
                show({ kind: 'edit', kitId: kit.id });
              },
              (e: unknown) => say(e instanceof Error ? e.message : String(e)),
            )
          }
        >
          Undo
        </button>
      )}
      <button
        type="button"
        aria-label="Dismiss"
        onClick={() => {
          offerUndo(null);
          say('');
        }}
      >
        ×
      </button>
    </div>
  );
}
