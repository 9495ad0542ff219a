import { useState } from 'react';
import { useDataClient } from '@/hooks/use-data-client';
import { useLive } from '@/hooks/use-live';
import { buildMatrix } from '@/lib/compare/compare-matrix';
import { downloadFile } from '@/lib/export/download-file';
import { localDate, safeFileNamePart } from '@/lib/export/export-file-name';
import { UNNAMED_CANDIDATE } from '@/lib/export/interview-naming';
import { groupCandidates } from '@/lib/interviews/candidate-groups';
import { RATING_LABELS } from '@/lib/interviews/interview-types';
import { useHistoryStore } from '@/lib/stores/history-store';

/** One candidate: every round, newest first, a combined write-up, and the way to split a round off. */
export function CandidateView({ candidateKey }: { candidateKey: string }) {
  const client = useDataClient();
  const show = useHistoryStore((s) => s.show);
  const live = useLive('interviews', {});
  const [outcome, setOutcome] = useState<{ failed: boolean; message: string }>();
  const back = (
    <button type="button" className="link-button" onClick={() => show({ kind: 'list' })}>
      ← All interviews
    </button>
  );
  if (live.status !== 'ready')
    return (
      <section className="candidate-view">
        {back}
        <p role="status" aria-busy>
          Loading…
        </p>
      </section>
    );
  const group = groupCandidates(live.value).find((g) => g.key === candidateKey);
  if (!group)
    return (
      <section className="candidate-view">
        {back}
        <p role="status">This candidate has no interviews any more.</p>
      </section>
    );
  const name = group.name || UNNAMED_CANDIDATE;
  const ids = group.rounds.map((r) => r.id);
  const report = (work: Promise<string>) =>
    work.then(
      (message) => setOutcome({ failed: false, message }),
      (e: Error) => setOutcome({ failed: true, message: e.message }),
    );

  // The Markdown writer loads on first use, so the dashboard's first screen does not pay for it.
  const writeUp = async () => {
    const [rounds, { comparisonMarkdown }] = await Promise.all([
      client.comparison.interviewsForComparison(ids),
      import('@/lib/compare/comparison-markdown'),
    ]);
    return comparisonMarkdown(buildMatrix(rounds), `Candidate: ${name}`);
  };
  const copy = () =>
    report(
      writeUp()
        .then((md) => navigator.clipboard.writeText(md))
        .then(() => 'Copied the combined write-up'),
    );
  const save = () =>
    report(
      writeUp().then((md) => {
        const fileName = `${safeFileNamePart(`${localDate(Date.now())} ${name} - all rounds`, 180)}.md`;
        downloadFile(fileName, md);
        return `Saved ${fileName}`;
      }),
    );

  return (
    <section className="candidate-view" aria-labelledby="candidate-heading">
      {back}
      <h1 id="candidate-heading">{name}</h1>
      <p className="past-meta">
        {group.rounds.length} round{group.rounds.length === 1 ? '' : 's'}
      </p>
      <div className="export-actions">
        {group.rounds.length > 1 && (
          <button type="button" className="primary" onClick={() => show({ kind: 'compare', ids })}>
            Compare rounds
          </button>
        )}
        <button type="button" onClick={() => void copy()}>
          Copy combined write-up
        </button>
        <button type="button" onClick={() => void save()}>
          Export combined write-up
        </button>
        <span role={outcome?.failed ? 'alert' : 'status'} className="export-outcome">
          {outcome?.message ?? ''}
        </span>
      </div>
      <ol className="candidate-rounds" aria-label="Rounds">
        {group.rounds.map((round) => (
          <li key={round.id}>
            <span>{new Date(round.startedAt).toLocaleDateString(undefined, { dateStyle: 'medium' })}</span>
            <span>{round.role}</span>
            <span className={`rating-${round.recommendation ?? 'none'}`}>
              Recommendation: {round.recommendation ? RATING_LABELS[round.recommendation] : 'No decision'}
            </span>
            <button type="button" onClick={() => show({ kind: 'interview', id: round.id })}>
              Open round
            </button>
            {group.rounds.length > 1 && (
              <button
                type="button"
                onClick={() => void report(client.candidates.splitCandidate(round.id).then(() => 'Split off as a candidate of its own'))}
              >
                Not this candidate
              </button>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
