import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { RATING_LABELS } from '@/lib/interviews/interview-types';
import type { CandidateGroup } from '@/lib/interviews/candidate-groups';
import { UNNAMED_CANDIDATE } from '@/lib/export/interview-naming';
import { useHistoryStore } from '@/lib/stores/history-store';
import { observeWithFallback } from '../history/observe-with-fallback';

const ROW_PX = 56;

/** Interviews grouped by candidate, one row each with the rounds' roles and recommendations; virtualised like the list. */
export function CandidateList({ groups, labelledBy }: { groups: CandidateGroup[]; labelledBy: string }) {
  const scroller = useRef<HTMLDivElement>(null);
  const show = useHistoryStore((s) => s.show);
  // The virtualiser hands out fresh functions each render, so the React Compiler leaves this component alone.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: groups.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_PX,
    getItemKey: (i) => groups[i]!.key,
    overscan: 8,
    observeElementRect: observeWithFallback,
  });

  return (
    <div
      ref={scroller}
      className="history-scroller"
      style={{ height: `min(${virtualizer.getTotalSize() + 2}px, max(240px, 100vh - 300px))` }}
    >
      <ul aria-labelledby={labelledBy} className="history-list" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const group = groups[item.index]!;
          const name = group.name || UNNAMED_CANDIDATE;
          const roles = [...new Set(group.rounds.map((r) => r.role))].join(', ');
          const verdicts = group.rounds.map((r) => (r.recommendation ? RATING_LABELS[r.recommendation] : 'No decision')).join(' · ');
          return (
            <li
              key={item.key}
              aria-labelledby={`candidate-${item.index}`}
              aria-posinset={item.index + 1}
              aria-setsize={groups.length}
              className="history-row candidate-row"
              style={{ transform: `translateY(${item.start}px)`, height: item.size }}
            >
              <div className="history-main history-facts">
                <strong id={`candidate-${item.index}`}>{name}</strong>
                <span className="history-role">{roles}</span>
                <span>
                  {group.rounds.length} round{group.rounds.length === 1 ? '' : 's'}
                </span>
                <span title="Recommendations, newest first">{verdicts}</span>
              </div>
              <button type="button" aria-label={`Open candidate ${name}`} onClick={() => show({ kind: 'candidate', key: group.key })}>
                Open
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
