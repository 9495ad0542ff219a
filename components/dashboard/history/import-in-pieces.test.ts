import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DataClient } from '@/lib/client/data-client';
import { createInProcessClient } from '@/lib/client/in-process-client';
import { openInterviewDatabase, type InterviewDatabase } from '@/lib/db/database';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION } from '@/lib/export/backup-schema';
import { sampleNote, sampleSession, T0 } from '@/lib/export/export-fixtures.test-support';
import { interviewMarkdown } from '@/lib/export/interview-markdown';
import { importInPieces } from './import-in-pieces';

let db: InterviewDatabase;
beforeEach(() => void (db = openInterviewDatabase(`pieces-${crypto.randomUUID()}`)));
afterEach(() => db.delete());

/** The in-process client, recording what each upload request carried. */
function recordingClient() {
  const inProcess = createInProcessClient(db, null, () => T0);
  const { imports } = inProcess;
  const sent = { pieces: [] as string[], interviews: [] as string[], started: 0 };
  const client: DataClient = {
    ...inProcess,
    // The client's namespaces are proxies: every method is named, none copied by spreading.
    imports: {
      importInterviews: (files) => imports.importInterviews(files),
      finishImport: (id) => imports.finishImport(id),
      startImport: () => ((sent.started += 1), imports.startImport()),
      addImportPiece: (id, file, name, text) => (sent.pieces.push(text), imports.addImportPiece(id, file, name, text)),
      addParsedInterview: (id, file, name, interview) => (
        sent.interviews.push(name),
        imports.addParsedInterview(id, file, name, interview)
      ),
    },
  };
  return { client, sent };
}

const exported = (name: string, note: string) => ({
  name: `${name}.md`,
  text: interviewMarkdown(sampleSession({ id: name, candidateName: name }), [sampleNote(name, 'q1', { text: note })], T0, {
    timeZone: 'UTC',
  }),
});
const backup = (name: string, note: string) => ({
  name: `${name}.json`,
  text: JSON.stringify({
    format: BACKUP_FORMAT,
    version: BACKUP_FORMAT_VERSION,
    exportedAt: new Date(T0).toISOString(),
    kits: [],
    interviews: [sampleSession({ id: name, meetingKey: `meet:${name}`, candidateName: name })],
    notes: [sampleNote(name, 'q1', { text: note })],
    settings: [],
  }),
});

describe('importInPieces', () => {
  it('sends every backup in pieces of the given size, reporting the share sent, and imports them whole', async () => {
    const { client, sent } = recordingClient();
    // Emoji (two UTF-16 halves) sit across piece boundaries: none is cut in two.
    const note = '🙂'.repeat(400);
    const files = [backup('Ada', note), backup('Grace', note)];
    const shares: number[] = [];
    expect(await importInPieces(client, files, (share) => shares.push(share), 101)).toEqual({ imported: 2, skipped: 0 });

    const total = files[0]!.text.length + files[1]!.text.length;
    expect(shares.length).toBeGreaterThanOrEqual(Math.ceil(total / 101));
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    expect(shares.at(-1)).toBe(1);
    // Chrome sends strings as UTF-8: half an emoji at a piece's end would arrive as U+FFFD.
    expect(sent.pieces.every((piece) => piece.length <= 101 && piece.isWellFormed())).toBe(true);
    expect(sent.pieces.join('')).toBe(files[0]!.text + files[1]!.text);
    const notes = await db.notes.toArray();
    expect(notes.map((n) => n.text)).toEqual([note, note]);
  });

  it('reads Markdown exports here and sends the interviews read, beside a backup in pieces', async () => {
    const { client, sent } = recordingClient();
    const files = [exported('Ada', 'Knew _it_'), backup('Grace', 'Hm'), exported('Alan', '')];
    const shares: number[] = [];
    expect(await importInPieces(client, files, (share) => shares.push(share), 1_000_000)).toEqual({ imported: 3, skipped: 0 });
    expect(sent.interviews).toEqual(['Ada.md', 'Alan.md']);
    expect(sent.pieces).toEqual([files[1]!.text]);
    const total = files.reduce((sum, f) => sum + f.text.length, 0);
    expect(shares).toEqual([files[0]!.text.length / total, (files[0]!.text.length + files[1]!.text.length) / total, 1]);
    const names = (await db.sessions.toArray()).map((s) => s.candidateName).sort();
    expect(names).toEqual(['Ada', 'Alan', 'Grace']);
    expect((await db.notes.toArray()).map((n) => n.text).sort()).toEqual(['Hm', 'Knew _it_']);
  });

  it('stops at a bad Markdown file, naming it, before anything is sent', async () => {
    const { client, sent } = recordingClient();
    const shares: number[] = [];
    const files = [backup('Grace', 'Hm'), { name: 'empty.md', text: '' }];
    await expect(importInPieces(client, files, (share) => shares.push(share))).rejects.toThrow('empty.md:');
    expect(sent).toEqual({ pieces: [], interviews: [], started: 0 });
    expect(shares).toEqual([]);
    expect(await db.sessions.count()).toBe(0);
  });
});
