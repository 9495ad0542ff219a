import fc from 'fast-check';
import type { Heading, Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { openInterviewDatabase } from '../db/database';
import { installBundledKits } from '../kits/bundled-kits';
import { RATINGS, type InterviewSession, type QuestionNote } from '../interviews/interview-types';
import { dumpDatabase } from './db-dump.test-support';
import { sampleNote, sampleSession, T0 } from './export-fixtures.test-support';
import { createExportService } from './export-service';
import { interviewMarkdown, sectionTitles } from './interview-markdown';
import { parseExportedMarkdown } from './exported-markdown.test-support';
import { hostileText, name } from './hostile-text.test-support';

const interviewArb = fc.record({
  candidate: name,
  title: hostileText,
  role: fc.option(hostileText, { nil: undefined }),
  questions: fc.array(hostileText, { minLength: 1, maxLength: 8 }),
  notes: fc.array(fc.option(hostileText), { maxLength: 8 }),
  summary: hostileText,
  flags: fc.array(fc.tuple(name, hostileText), { maxLength: 3 }),
});

function collect(tree: Nodes, found: Nodes[] = []): Nodes[] {
  found.push(tree);
  if ('children' in tree) for (const child of tree.children) collect(child, found);
  return found;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim().replace(/\0/g, '\uFFFD');

describe('exported Markdown (property)', () => {
  it('parses back with exactly one section per question, in order, whatever the text', () => {
    fc.assert(
      fc.property(interviewArb, (x) => {
        const session = sampleSession({
          candidateName: x.candidate,
          summary: x.summary,
          kit: { title: x.title, role: x.role, questions: x.questions.map((text, i) => ({ id: `q${i}`, text })), redFlags: [] },
          redFlagsSeen: x.flags.map(([text, note], i) => ({ id: `f${i}`, text, note, seenAt: T0, seenAtElapsedMs: 0, custom: true })),
        });
        const notes = x.notes.flatMap((text, i) => (text === null || i >= x.questions.length ? [] : [sampleNote('s1', `q${i}`, { text })]));
        const tree = parseExportedMarkdown(interviewMarkdown(session, notes, T0, { locale: 'en-GB', timeZone: 'UTC' }));
        const nodes = collect(tree);

        const sections = (nodes.filter((n) => n.type === 'heading' && n.depth === 2) as Heading[]).map((h) => toString(h));
        // A question has a section when it has a note with words in it (so it counts as asked), in kit order.
        const noted = new Set(notes.filter((n) => n.text.trim() !== '').map((n) => n.questionId));
        const expected = x.questions.flatMap((q, i) => (noted.has(`q${i}`) ? [oneLine(sectionTitles.question(i + 1, q))] : []));
        const fixed = [
          ...(x.flags.length ? [sectionTitles.redFlags] : []),
          ...(noted.size < x.questions.length ? [sectionTitles.notAsked] : []),
        ];
        expect(sections).toEqual([sectionTitles.scorecard, ...expected, ...fixed]);
        expect(nodes.filter((n) => n.type === 'heading')).toHaveLength(sections.length + 1);
        // Only the scorecard is a table, and it has a row per question with a section.
        const tables = nodes.filter((n) => n.type === 'table');
        expect(tables).toHaveLength(expected.length ? 1 : 0);
        if (tables[0]?.type === 'table') expect(tables[0].children).toHaveLength(expected.length + 1);
        // A bare URL is still linked by GitHub-flavoured readers (autolink literal); only those may be links.
        const links = nodes.filter((n) => n.type === 'link');
        expect(links.filter((l) => !/^(https?:\/\/|mailto:)/.test(l.url) || !l.url.endsWith(toString(l)))).toEqual([]);
        for (const type of ['html', 'image', 'blockquote', 'thematicBreak', 'definition', 'linkReference']) {
          expect(nodes.filter((n) => n.type === type)).toEqual([]);
        }
        const yaml = tree.children[0];
        expect(yaml?.type).toBe('yaml');
        const candidate = oneLine(x.candidate).replace(/\uFFFD/g, '\0');
        expect(parseYaml(yaml?.type === 'yaml' ? yaml.value : '')).toMatchObject({ candidate: candidate || null });
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});

const rating = fc.constantFrom(null, ...RATINGS);
const time = fc.integer({ min: 0, max: 4_102_444_800_000 });
const anyText = fc.string({ unit: 'binary', maxLength: 300 });

const databaseArb = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 5 }).chain((ids) =>
  fc.tuple(
    ...ids.map((id) =>
      fc
        .record({
          session: fc.record({ candidateName: anyText, summary: anyText, recommendation: rating, updatedAt: time, startedAt: time }),
          notes: fc.array(
            fc.record({ text: anyText, rating, spentMs: time, updatedAt: time, mark: fc.constantFrom(null, 'asked', 'skipped') }),
            { maxLength: 8 },
          ),
        })
        .map(({ session, notes }): [InterviewSession, QuestionNote[]] => [
          sampleSession({ id, meetingKey: `meet:${id}`, ...session }, 8),
          notes.map((n, i) => sampleNote(id, `q${i + 1}`, n as Partial<QuestionNote>)),
        ]),
    ),
  ),
);

describe('backup → restore (property)', () => {
  it('gives back exactly what was exported, into an empty database', async () => {
    await fc.assert(
      fc.asyncProperty(databaseArb, anyText, async (rows, interviewer) => {
        const source = openInterviewDatabase(`prop-${crypto.randomUUID()}`);
        const target = openInterviewDatabase(`prop-${crypto.randomUUID()}`);
        try {
          await installBundledKits(source, T0);
          await source.sessions.bulkAdd(rows.map(([s]) => s));
          await source.notes.bulkAdd(rows.flatMap(([, n]) => n));
          await source.settings.put({ key: 'interviewerName', value: interviewer });
          const json = await createExportService(source, () => T0).createBackup();
          await createExportService(target, () => T0).restoreBackup(json, 'replace');
          expect(await dumpDatabase(target)).toEqual(await dumpDatabase(source));
        } finally {
          await source.delete();
          await target.delete();
        }
      }),
      { numRuns: 50 },
    );
  });
});
