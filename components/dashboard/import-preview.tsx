import type { ImportResult } from '@/lib/kits/kit-import';

const KIND_NAMES = { json: 'JSON', markdown: 'Markdown', page: 'page text' };

/** What will be saved, and what the input did not have: the user decides with both in view. */
export function ImportPreview({ result, onSave }: { result: Extract<ImportResult, { ok: true }>; onSave: () => void }) {
  const { kit, notFound, skipped, kind } = result;
  return (
    <section className="import-preview" aria-label="Import preview">
      <h2>{kit.title}</h2>
      <p className="kit-meta">
        Read as {KIND_NAMES[kind]}
        {kit.role ? ` · ${kit.role}` : ''} · {kit.questions.length} questions · {kit.redFlags.length} red flags
      </p>
      {kit.description && <p>{kit.description}</p>}
      <ol className="preview-questions">
        {kit.questions.map((q) => (
          <li key={q.id}>
            <p className="preview-question">{q.text}</p>
            {q.guidance && <p className="guidance">{q.guidance}</p>}
            {q.sampleAnswer && <p className="sample">Sample answer: {q.sampleAnswer}</p>}
          </li>
        ))}
      </ol>
      {kit.goodCandidate && (
        <>
          <h3>What a good candidate looks like</h3>
          <p>{kit.goodCandidate}</p>
        </>
      )}
      {kit.redFlags.length > 0 && (
        <>
          <h3>Red flags</h3>
          <ul aria-label="Red flags">
            {kit.redFlags.map((flag, i) => (
              <li key={i}>{flag}</li>
            ))}
          </ul>
        </>
      )}
      {notFound.length > 0 && (
        <div className="not-found" role="note" aria-label="Not found">
          <h3>Not found in this text</h3>
          <ul>
            {notFound.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
      )}
      {skipped.length > 0 && <p className="hint">Left out: {skipped.join('; ')}</p>}
      <button type="button" className="primary" onClick={onSave}>
        Save kit
      </button>
    </section>
  );
}
