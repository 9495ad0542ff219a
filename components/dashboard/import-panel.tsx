import { useState, type DragEvent } from 'react';
import { useDataClient } from '@/hooks/use-data-client';
import { importKit, MAX_IMPORT_CHARS, type ImportResult } from '@/lib/kits/kit-import';
import { useDashboardStore } from '@/lib/stores/dashboard-store';
import { ImportPreview } from './import-preview';
import { readFileText } from '@/lib/export/read-file-text';

/**
 * Import by paste, file picker or drag and drop. Nothing is saved until the user has seen the
 * preview and pressed Save kit; a bad input shows one message naming what and where.
 */
export function ImportPanel() {
  const client = useDataClient();
  const show = useDashboardStore((s) => s.show);
  const [text, setText] = useState('');
  const [result, setResult] = useState<ImportResult>();
  const [source, setSource] = useState<string>();
  const [dragging, setDragging] = useState(false);
  const [saveError, setSaveError] = useState('');

  const preview = (value: string, fileName?: string) => {
    setSaveError('');
    setSource(fileName);
    setResult(importKit(value, fileName));
  };

  async function readFile(file: File | undefined) {
    if (!file) return;
    // Bytes are at most 4 per character: anything larger cannot fit and is not read at all.
    if (file.size > MAX_IMPORT_CHARS * 4) {
      setResult({ ok: false, error: `${file.name} is too large to be a kit.` });
      return;
    }
    try {
      const value = await readFileText(file);
      setText(value);
      preview(value, file.name);
    } catch (e) {
      setResult({ ok: false, error: `${file.name} could not be read: ${e instanceof Error ? e.message : String(e)}` });
    }
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    void readFile(event.dataTransfer.files[0]);
  }

  async function save() {
    if (!result?.ok) return;
    try {
      const kit = await client.createKit(result.kit);
      show({ kind: 'edit', kitId: kit.id });
    } catch (e) {
      setSaveError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <section className="import-panel" aria-labelledby="import-heading">
      <h1 id="import-heading">Import a kit</h1>
      <p className="hint">
        Paste the text of an interview-questions page, a kit in Markdown or JSON, or drop a .md, .json or .txt file here.
      </p>
      <div
        className={dragging ? 'drop-zone dragging' : 'drop-zone'}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label htmlFor="import-text">Paste a kit</label>
        <textarea id="import-text" rows={10} value={text} onChange={(e) => setText(e.target.value)} />
        <div className="import-actions">
          <button type="button" className="primary" onClick={() => preview(text)}>
            Preview
          </button>
          <label className="file-button">
            Choose a file
            <input
              type="file"
              accept=".md,.markdown,.json,.txt,text/plain,text/markdown,application/json"
              onChange={(e) => void readFile(e.target.files?.[0])}
            />
          </label>
        </div>
      </div>
      {result && !result.ok && (
        <p role="alert" className="error">
          {source ? `${source}: ` : ''}
          {result.error} Nothing was saved.
        </p>
      )}
      {result?.ok && <ImportPreview result={result} onSave={save} />}
      {saveError && <p role="alert" className="error">{saveError}</p>}
    </section>
  );
}
