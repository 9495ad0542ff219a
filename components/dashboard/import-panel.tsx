import { useState, type DragEvent } from 'react';
import { useDataClient } from '@/hooks/use-data-client';
import { importKit, MAX_IMPORT_CHARS, type ImportResult } from '@/lib/kits/kit-import';
import type { PageImportRequest } from '@/lib/kits/page-import-request';
import type { KitContent } from '@/lib/kits/kit-types';
import { useDashboardStore } from '@/lib/stores/dashboard-store';
import { ImportPreview } from './import-preview';
import { KitLinkImport } from './kit-link-import';
import { PageSource } from './page-source';
import { readFileText } from '@/lib/export/read-file-text';

/**
 * Import by paste, file picker, drag and drop, a link, or the page the user came from. Nothing is
 * saved until the user has seen the preview and pressed Save kit; a bad input shows one message
 * naming what and where.
 */
export function ImportPanel({ page }: { page?: PageImportRequest }) {
  const client = useDataClient();
  const show = useDashboardStore((s) => s.show);
  const [text, setText] = useState('');
  const [result, setResult] = useState<ImportResult>();
  const [source, setSource] = useState<{ name?: string; url?: string }>({});
  const [dragging, setDragging] = useState(false);
  const [saveError, setSaveError] = useState('');
  // Each preview starts from the parts as read, not from lines moved in the one before.
  const [previews, setPreviews] = useState(0);

  const preview = (value: string, from: { name?: string; url?: string } = source, fileName?: string) => {
    setSaveError('');
    setSource(from);
    setPreviews((n) => n + 1);
    const imported = importKit(value, fileName);
    // The kit keeps where it came from: a page's or a link's address.
    setResult(imported.ok && from.url ? { ...imported, kit: { ...imported.kit, sourceUrl: from.url } } : imported);
  };
  const previewFetched = (value: string, from: { name?: string; url?: string }, fileName?: string) => {
    setText(value);
    preview(value, from, fileName);
  };

  async function readFile(file: File | undefined) {
    if (!file) return;
    // Bytes are at most 4 per character: anything larger cannot fit and is not read at all.
    if (file.size > MAX_IMPORT_CHARS * 4) {
      setResult({ ok: false, error: `${file.name} is too large to be a kit.` });
      return;
    }
    try {
      previewFetched(await readFileText(file), { name: file.name }, file.name);
    } catch (e) {
      setResult({ ok: false, error: `${file.name} could not be read: ${e instanceof Error ? e.message : String(e)}` });
    }
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    void readFile(event.dataTransfer.files[0]);
  }

  async function save(kit: KitContent) {
    try {
      const saved = await client.kits.createKit(kit);
      show({ kind: 'edit', kitId: saved.id });
    } catch (e) {
      setSaveError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <section className="import-panel" aria-labelledby="import-heading">
      <h1 id="import-heading">Import a kit</h1>
      {page && (
        <PageSource
          request={page}
          onReading={(reading) =>
            previewFetched(reading.text, { name: reading.title || new URL(reading.url).host, url: reading.url }, 'page.txt')
          }
        />
      )}
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
      <KitLinkImport onFile={(file) => previewFetched(file.text, { name: file.url, url: file.url }, file.fileName)} />
      {result && !result.ok && (
        <p role="alert" className="error">
          {source.name ? `${source.name}: ` : ''}
          {result.error} Nothing was saved.
        </p>
      )}
      {result?.ok && <ImportPreview key={previews} result={result} onSave={save} />}
      {saveError && (
        <p role="alert" className="error">
          {saveError}
        </p>
      )}
    </section>
  );
}
