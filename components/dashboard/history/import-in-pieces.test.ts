import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DataClient } from '@/lib/client/data-client';
import { createInProcessClient } from '@/lib/client/in-process-client';
import { openInterviewDatabase, type InterviewDatabase } from '@/lib/db/database';
import { sampleNote, sampleSession, T0 } from '@/lib/export/export-fixtures.test-support';
import { interviewMarkdown } from '@/lib/export/interview-markdown';
import { importInPieces } from './import-in-pieces';

let db: InterviewDatabase;
beforeEach(() => void (db = openInterviewDatabase(`pieces-${crypto.randomUUID()}`)));
afterEach(() => db.delete());

describe('importInPieces', () => {
  it('sends every file in pieces of the given size, reporting the share sent, and imports them whole', async () => {
    const inProcess = createInProcessClient(db, null, () => T0);
    const { imports } = inProcess;
    const pieces: string[] = [];
    const client: DataClient = {
      ...inProcess,
      imports: {
        importInterviews: (files) => imports.importInterviews(files),
        startImport: () => imports.startImport(),
        addImportPiece: (id, file, name, text) => (pieces.push(text), imports.addImportPiece(id, file, name, text)),
        finishImport: (id) => imports.finishImport(id),
      },
    };
    // Emoji (two UTF-16 halves) sit across piece boundaries: none is cut in two.
    const note = '🙂'.repeat(400);
    const files = ['Ada', 'Grace'].map((name) => ({
      name: `${name}.md`,
      text: interviewMarkdown(sampleSession({ id: name, candidateName: name }), [sampleNote(name, 'q1', { text: note })], T0, {
        timeZone: 'UTC',
      }),
    }));
    const shares: number[] = [];
    expect(await importInPieces(client, files, (sent) => shares.push(sent), 101)).toEqual({ imported: 2, skipped: 0 });

    const total = files[0]!.text.length + files[1]!.text.length;
    expect(shares.length).toBeGreaterThanOrEqual(Math.ceil(total / 101));
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    expect(shares.at(-1)).toBe(1);
    // Chrome sends strings as UTF-8: half an emoji at a piece's end would arrive as U+FFFD.
    expect(pieces.every((piece) => piece.length <= 101 && piece.isWellFormed())).toBe(true);
    expect(pieces.join('')).toBe(files[0]!.text + files[1]!.text);
    const notes = await db.notes.toArray();
    expect(notes.map((n) => n.text)).toEqual([note, note]);
  });

  it('sends an empty file as one empty piece, so the import names it', async () => {
    const client = createInProcessClient(db, null, () => T0);
    const shares: number[] = [];
    await expect(importInPieces(client, [{ name: 'empty.md', text: '' }], (sent) => shares.push(sent))).rejects.toThrow('empty.md:');
    expect(shares).toEqual([1]);
  });
});
