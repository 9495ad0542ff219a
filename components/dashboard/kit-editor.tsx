import { useState, type FormEvent } from 'react';
import { useDataClient } from '@/hooks/use-data-client';
import { describeForForm, draftToContent, emptyDraft, emptyQuestion, kitToDraft, moveQuestion, type KitDraft } from '@/lib/kits/kit-draft';
import { parseKitContent } from '@/lib/kits/kit-schema';
import type { Kit } from '@/lib/kits/kit-types';
import { useDashboardStore } from '@/lib/stores/dashboard-store';
import { QuestionFields } from './question-fields';

/**
 * Edits one kit, or a new one when `kit` is undefined. The form holds text as typed; the schema
 * checks it on save and the error names the field. Bundled kits are shown read-only.
 */
export function KitEditor({ kit }: { kit?: Kit }) {
  const client = useDataClient();
  const show = useDashboardStore((s) => s.show);
  const [draft, setDraft] = useState<KitDraft>(() => (kit ? kitToDraft(kit) : emptyDraft()));
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const readOnly = kit?.origin === 'bundled';
  const field = (name: 'title' | 'role' | 'description' | 'goodCandidate' | 'redFlags') => ({
    id: `kit-${name}`,
    value: draft[name],
    readOnly,
    onChange: (e: { target: { value: string } }) => setDraft({ ...draft, [name]: e.target.value }),
  });

  async function save(event: FormEvent) {
    event.preventDefault();
    setStatus('');
    const parsed = parseKitContent(draftToContent(draft));
    if (!parsed.ok) return setError(describeForForm(parsed.error));
    try {
      const saved = kit ? await client.kits.updateKit(kit.id, parsed.kit) : await client.kits.createKit(parsed.kit);
      setError('');
      setDraft(kitToDraft(saved));
      setStatus('Saved.');
      if (!kit) show({ kind: 'edit', kitId: saved.id });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  const updateQuestions = (questions: KitDraft['questions']) => setDraft({ ...draft, questions });
  return (
    <form className="kit-editor" aria-label={kit ? `Edit ${kit.title}` : 'New kit'} onSubmit={save} noValidate>
      <h1>{kit ? kit.title : 'New kit'}</h1>
      {readOnly && (
        <p className="notice">
          This kit comes with the extension and updates with it. Duplicate it to make your own version.{' '}
          <button type="button" onClick={() => client.kits.duplicateKit(kit.id).then((copy) => show({ kind: 'edit', kitId: copy.id }))}>
            Duplicate to edit
          </button>
        </p>
      )}
      <label htmlFor="kit-title">Title</label>
      <input {...field('title')} />
      <label htmlFor="kit-role">Role</label>
      <input {...field('role')} />
      <label htmlFor="kit-description">Description</label>
      <textarea rows={2} {...field('description')} />
      <h2>Questions</h2>
      {draft.questions.map((q, i) => (
        <QuestionFields
          key={q.id}
          question={q}
          index={i}
          count={draft.questions.length}
          readOnly={readOnly}
          onChange={(next) => updateQuestions(draft.questions.map((old, j) => (j === i ? next : old)))}
          onMove={(by) => setDraft(moveQuestion(draft, i, by))}
          onRemove={() => updateQuestions(draft.questions.filter((_, j) => j !== i))}
        />
      ))}
      {!readOnly && (
        <button type="button" onClick={() => updateQuestions([...draft.questions, emptyQuestion()])}>
          Add question
        </button>
      )}
      <label htmlFor="kit-redFlags">Red flags</label>
      <textarea rows={4} placeholder="One red flag per line" {...field('redFlags')} />
      <label htmlFor="kit-goodCandidate">What a good candidate looks like</label>
      <textarea rows={3} {...field('goodCandidate')} />
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <p role="status" className="save-status">
        {status}
      </p>
      {!readOnly && (
        <button type="submit" className="primary">
          Save kit
        </button>
      )}
    </form>
  );
}
