import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { InterviewSummary } from '@/lib/interviews/interview-summary';
import type { InterviewHit } from '@/lib/search/search-service';
import { useHistoryStore } from '@/lib/stores/history-store';
import { HistoryRow } from './history-row';
import { observeWithFallback } from './observe-with-fallback';

const ROW_PX = 56;
const SNIPPET_PX = 26;

/**
 * The interviews as a virtualised list: only the rows in view (and a few around) are in the page,
 * so ten thousand interviews scroll as smoothly as ten. Rows have fixed heights, taller with a snippet.
 */
interface InterviewListProps {
  rows: InterviewSummary[];
  hits: Record<string, InterviewHit>;
  now: number;
  labelledBy: string;
}

export function InterviewList({ rows, hits, now, labelledBy }: InterviewListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const { selected, select, show } = useHistoryStore();
  // The virtualiser hands out fresh functions each render, so the React Compiler leaves this component alone.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => ROW_PX + (hits[rows[i]!.id] ? SNIPPET_PX : 0),
    getItemKey: (i) => rows[i]!.id,
    overscan: 8,
    observeElementRect: observeWithFallback,
  });

  return (
    // As tall as its rows, up to what the window leaves; then it scrolls.
    <div
      ref={scroller}
      className="history-scroller"
      tabIndex={-1}
      style={{ height: `min(${virtualizer.getTotalSize() + 2}px, max(240px, 100vh - 300px))` }}
    >
      <ul aria-labelledby={labelledBy} className="history-list" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!;
          return (
            <HistoryRow
              key={item.key}
              position={{ index: item.index, count: rows.length, top: item.start, height: item.size }}
              row={row}
              hit={hits[row.id]}
              now={now}
              checked={selected.has(row.id)}
              onCheck={(on) => select([row.id], on)}
              onOpen={() => show({ kind: 'interview', id: row.id })}
            />
          );
        })}
      </ul>
    </div>
  );
}
