import { useDataClient } from '@/hooks/use-data-client';
import { useLive } from '@/hooks/use-live';
import type { Kit } from '@/lib/kits/kit-types';
import { useDashboardStore } from '@/lib/stores/dashboard-store';
import { downloadKit } from './download';

/** All kits, searchable, each with its own actions. */
export function KitList() {
  const kits = useLive('kits', {});
  const search = useDashboardStore((s) => s.search);
  const setSearch = useDashboardStore((s) => s.setSearch);

  return (
    <nav className="kit-list" aria-label="Kits">
      <input type="search" aria-label="Search kits" placeholder="Search kits" value={search} onChange={(e) => setSearch(e.target.value)} />
      {kits.status === 'loading' && <p role="status">Loading kits…</p>}
      {kits.status === 'error' && <p role="alert">{kits.message}</p>}
      {kits.status === 'ready' && <KitItems kits={matching(kits.value, search)} searching={search.trim() !== ''} />}
    </nav>
  );
}

function matching(kits: Kit[], search: string): Kit[] {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  const haystack = (k: Kit) => [k.title, k.role ?? '', k.description ?? '', ...k.questions.map((q) => q.text)].join(' ').toLowerCase();
  return kits
    .filter((k) => words.every((w) => haystack(k).includes(w)))
    .sort((a, b) => a.title.localeCompare(b.title) || a.createdAt - b.createdAt);
}

function KitItems({ kits, searching }: { kits: Kit[]; searching: boolean }) {
  if (kits.length === 0) {
    return <p className="empty">{searching ? 'No kit matches this search.' : 'No kits yet. Create one or import one.'}</p>;
  }
  return (
    <ul>
      {kits.map((kit) => (
        <KitItem key={kit.id} kit={kit} />
      ))}
    </ul>
  );
}

function KitItem({ kit }: { kit: Kit }) {
  const client = useDataClient();
  const view = useDashboardStore((s) => s.view);
  const { show, offerUndo, say } = useDashboardStore.getState();
  const selected = view.kind === 'edit' && view.kitId === kit.id;
  const act = (run: () => Promise<void>) => run().catch((e: unknown) => say(e instanceof Error ? e.message : String(e)));

  return (
    <li className={selected ? 'selected' : undefined} aria-label={kit.title}>
      <button type="button" className="kit-open" aria-current={selected || undefined} onClick={() => show({ kind: 'edit', kitId: kit.id })}>
        <span className="kit-name">{kit.title}</span>
        <span className="kit-meta">
          {kit.questions.length} questions{kit.origin === 'bundled' ? ' · bundled' : ''}
        </span>
      </button>
      <div className="kit-actions">
        <button type="button" onClick={() => act(async () => show({ kind: 'edit', kitId: (await client.kits.duplicateKit(kit.id)).id }))}>
          Duplicate
        </button>
        {kit.origin === 'user' && (
          <button
            type="button"
            onClick={() =>
              act(async () => {
                const deleted = await client.kits.deleteKit(kit.id);
                if (selected) show({ kind: 'empty' });
                offerUndo(deleted);
              })
            }
          >
            Delete
          </button>
        )}
        <button type="button" onClick={() => downloadKit(kit, 'markdown')}>
          Export Markdown
        </button>
        <button type="button" onClick={() => downloadKit(kit, 'json')}>
          Export JSON
        </button>
      </div>
    </li>
  );
}
