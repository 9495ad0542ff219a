import { useMemo, useState } from 'react';
import { gaps, type ImportResult } from '@/lib/kits/kit-import';
import { kitToParts, PART_LABELS, partsToKit, type PartRole } from '@/lib/kits/kit-parts';
import type { KitContent } from '@/lib/kits/kit-types';

const KIND_NAMES = { json: 'JSON', markdown: 'Markdown', page: 'page text' };
const ROLES = Object.keys(PART_LABELS) as PartRole[];
const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/**
 * What will be saved, line by line, each marked with the part of the kit it was read as (so the
 * user sees why), and a choice to move a line to another part before saving.
 */
export function ImportPreview({ result, onSave }: { result: Extract<ImportResult, { ok: true }>; onSave: (kit: KitContent) => void }) {
  const { kit, skipped, kind } = result;
  const [parts, setParts] = useState(() => kitToParts(kit));
  const assembled = useMemo(() => partsToKit(kit, parts), [kit, parts]);
  const current = assembled.ok ? assembled.kit : undefined;
  // What importing found missing beyond the kit's own gaps ("Description", an untitled kit), then the gaps now.
  const beyondGaps = useMemo(() => result.notFound.filter((item) => !gaps(kit).includes(item)), [result.notFound, kit]);
  const notFound = current ? [...beyondGaps, ...gaps(current)] : beyondGaps;
  let questionNumber = 0;

  const move = (key: string, role: PartRole) => setParts((all) => all.map((p) => (p.key === key ? { ...p, role } : p)));
  return (
    <section className="import-preview" aria-label="Import preview">
      <h2>{kit.title}</h2>
      <p className="kit-meta">
        Read as {KIND_NAMES[kind]}
        {kit.role ? ` · ${kit.role}` : ''} · {current?.questions.length ?? 0} questions · {current?.redFlags.length ?? 0} red flags
        {kit.sourceUrl ? ` · from ${new URL(kit.sourceUrl).host}` : ''}
      </p>
      <p className="hint">Each line shows the part of the kit it was read as. If one is wrong, choose another part for it before saving.</p>
      <ol className="preview-parts">
        {parts.map((part) => {
          if (part.role === 'question') questionNumber++;
          const label = part.role === 'question' ? `Question ${questionNumber}` : PART_LABELS[part.role];
          return (
            <li key={part.key} className={`part part-${part.role}`}>
              <span className="part-tag">{label}</span>
              <p className="part-text">{part.text}</p>
              <select
                aria-label={`Part of the kit for “${short(part.text)}”`}
                value={part.role}
                onChange={(e) => move(part.key, e.target.value as PartRole)}
              >
                {ROLES.map((role) => (
                  <option key={role} value={role}>
                    {PART_LABELS[role]}
                  </option>
                ))}
              </select>
            </li>
          );
        })}
      </ol>
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
      {!assembled.ok && (
        <p role="alert" className="error">
          {assembled.error}
        </p>
      )}
      <button type="button" className="primary" disabled={!current} onClick={() => current && onSave(current)}>
        Save kit
      </button>
    </section>
  );
}
