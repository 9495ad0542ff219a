import { useEffect, useState } from 'react';
import { useDataClient } from '@/hooks/use-data-client';
import type { ComparedInterview } from '@/lib/compare/compared-interview';
import { buildMatrix, type ColumnOrder } from '@/lib/compare/compare-matrix';
import { useHistoryStore } from '@/lib/stores/history-store';
import { CompareExports } from './compare-exports';
import { CompareTable } from './compare-table';

type Loaded = { status: 'loading' } | { status: 'ready'; interviews: ComparedInterview[] } | { status: 'failed'; message: string };

/** The chosen interviews side by side: questions as rows, candidates as columns, sortable, exportable. */
export function CompareView({ sessionIds }: { sessionIds: string[] }) {
  const client = useDataClient();
  const show = useHistoryStore((s) => s.show);
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [order, setOrder] = useState<ColumnOrder>({ by: 'chosen' });

  useEffect(() => {
    let current = true;
    client.comparison.interviewsForComparison(sessionIds).then(
      (interviews) => current && setLoaded({ status: 'ready', interviews }),
      (error: unknown) => current && setLoaded({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [client, sessionIds]);

  const back = (
    <button type="button" className="link-button" onClick={() => show({ kind: 'list' })}>
      ← All interviews
    </button>
  );
  if (loaded.status === 'loading')
    return (
      <section className="compare-view">
        {back}
        <p role="status" aria-busy>
          Loading the interviews…
        </p>
      </section>
    );
  if (loaded.status === 'failed')
    return (
      <section className="compare-view">
        {back}
        <p role="alert">Could not compare: {loaded.message}</p>
      </section>
    );

  const matrix = buildMatrix(loaded.interviews, order);
  const roles = [...new Set(loaded.interviews.map((i) => i.role))];
  const title = `Debrief: ${roles.join(', ')}`;
  const orderValue = order.by === 'question' ? `question:${order.questionId}` : order.by;

  return (
    <section className="compare-view" aria-labelledby="compare-heading">
      {back}
      <h1 id="compare-heading">{title}</h1>
      <div className="compare-toolbar">
        <label>
          Sort candidates by
          <select
            value={orderValue}
            onChange={(e) => {
              const value = e.target.value;
              setOrder(
                value.startsWith('question:')
                  ? { by: 'question', questionId: value.slice('question:'.length) }
                  : { by: value as 'chosen' | 'recommendation' },
              );
            }}
          >
            <option value="chosen">Order chosen</option>
            <option value="recommendation">Recommendation</option>
            {matrix.rows.map((row, i) => (
              <option key={row.questionId} value={`question:${row.questionId}`}>
                Rating on question {i + 1}: {row.text.length > 60 ? `${row.text.slice(0, 60)}…` : row.text}
              </option>
            ))}
          </select>
        </label>
        <CompareExports matrix={matrix} title={title} />
      </div>
      {loaded.interviews.length < sessionIds.length && (
        <p role="status">{sessionIds.length - loaded.interviews.length} of the chosen interviews no longer exist.</p>
      )}
      <CompareTable matrix={matrix} />
    </section>
  );
}
