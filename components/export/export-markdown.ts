import type { DataClient } from '@/lib/client/data-client';
import type { MarkdownExport } from '@/lib/export/interview-export';

/**
 * The interviews' records from the background, written as Markdown here. The writer (markdown-it,
 * the mdast serializer) loads on the first export, so no first screen pays for it.
 */
export async function exportMarkdown(client: DataClient, sessionIds: string[]): Promise<MarkdownExport[]> {
  const [records, { markdownExport }] = await Promise.all([
    client.exports.interviewRecords(sessionIds),
    import('@/lib/export/interview-export'),
  ]);
  const now = Date.now();
  return records.map((record) => markdownExport(record, now));
}
