import { useState } from 'react';
import type { CompareMatrix } from '@/lib/compare/compare-matrix';
import { comparisonCsv } from '@/lib/compare/comparison-csv';
import { downloadFile } from '@/lib/export/download-file';
import { localDate, safeFileNamePart } from '@/lib/export/export-file-name';

/**
 * "Export comparison" (.md) and "Export CSV" (.csv, UTF-8 with BOM), both written on this page from
 * the matrix shown. The Markdown writer loads on the first export, so the dashboard's first screen
 * does not pay for it.
 */
export function CompareExports({ matrix, title }: { matrix: CompareMatrix; title: string }) {
  const [outcome, setOutcome] = useState<{ failed: boolean; message: string }>();
  const save = async (kind: 'md' | 'csv') => {
    try {
      const base = safeFileNamePart(`${localDate(Date.now())} ${title.replace(/^Debrief: /, 'debrief ')}`, 180) || 'debrief';
      const fileName = `${base}.${kind}`;
      if (kind === 'md') {
        const { comparisonMarkdown } = await import('@/lib/compare/comparison-markdown');
        downloadFile(fileName, comparisonMarkdown(matrix, title));
      } else downloadFile(fileName, comparisonCsv(matrix), 'text/csv;charset=utf-8');
      setOutcome({ failed: false, message: `Saved ${fileName}` });
    } catch (error) {
      setOutcome({ failed: true, message: `Could not export: ${error instanceof Error ? error.message : String(error)}` });
    }
  };

  return (
    <div className="export-actions">
      <button type="button" onClick={() => void save('md')}>
        Export comparison
      </button>
      <button type="button" onClick={() => void save('csv')}>
        Export CSV
      </button>
      <span role={outcome?.failed ? 'alert' : 'status'} className="export-outcome">
        {outcome?.message ?? ''}
      </span>
    </div>
  );
}
