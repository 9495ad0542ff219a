import { parse as parseYaml } from 'yaml';
import { RATINGS, RATING_LABELS, type Rating } from '../interviews/interview-types';
import { markdownBlocks, type MarkdownBlock } from '../kits/markdown-blocks';
import { PLATFORMS } from '../platforms';
import { parseElapsed, type ParsedInterview } from './parsed-interview';

const RATING_BY_LABEL = new Map<string, Rating>(RATINGS.map((r) => [RATING_LABELS[r].toLowerCase(), r]));
const rating = (label: string) => RATING_BY_LABEL.get(label.trim().toLowerCase()) ?? null;
const QUESTION_HEADING = /^Question (\d+): (.*)$/;
const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * Reads an interview exported as Markdown by this extension (see lib/export/interview-markdown.ts):
 * the front matter for the facts, the verdict and summary, the scorecard table, a section per
 * asked question, the red flags and the "Not asked" list. Notes and the summary are taken as the
 * Markdown the file holds. Throws an Error naming what is missing.
 */
export function parseInterviewMarkdown(markdown: string): ParsedInterview {
  const file = markdown.replace(/^\uFEFF/, '');
  const front = FRONT_MATTER.exec(file);
  if (!front) throw new Error('no front matter: this is not an interview exported by Interview Sidebar.');
  const facts = parseYaml(front[1]!) as Record<string, unknown> | null;
  const text = (key: string) => (typeof facts?.[key] === 'string' ? (facts[key] as string) : '');
  const startedAt = Date.parse(text('date'));
  if (!facts || !text('kit') || Number.isNaN(startedAt))
    throw new Error('the front matter has no "kit" or no valid "date": this is not an interview export.');

  const body = file.slice(front[0].length);
  const source = sourceOf(body);
  const sections = splitSections(markdownBlocks(body, 'gfm'));
  const questions = new Map<number, ParsedInterview['questions'][number]>();
  const question = (n: number, questionText: string) => {
    if (!questions.has(n)) questions.set(n, { text: questionText, rating: null, spentMs: 0, note: '', skipped: false, asked: false });
    return questions.get(n)!;
  };
  const scorecard = sections.get('Scorecard')?.find((b) => b.type === 'table');
  for (const [n, questionText, label, time] of scorecard?.type === 'table' ? scorecard.rows.slice(1) : []) {
    if (n && /^\d+$/.test(n))
      Object.assign(question(Number(n), questionText ?? ''), {
        rating: rating(label ?? ''),
        spentMs: parseElapsed(time ?? '') ?? 0,
        asked: true,
      });
  }
  for (const [title, blocks] of sections) {
    const match = QUESTION_HEADING.exec(title);
    if (!match) continue;
    const entry = question(Number(match[1]), match[2]!);
    entry.asked = true;
    const [factsLine, ...notes] = blocks;
    entry.skipped = factsLine !== undefined && / · skipped$/.test(factsLine.text);
    entry.note = source(notes);
    if (entry.note === '_No notes_') entry.note = '';
  }
  for (const item of listItems(sections.get('Not asked'))) {
    const match = /^Question (\d+): (.*?)( \(skipped\))?$/.exec(item.text);
    if (match) question(Number(match[1]), match[2]!).skipped = Boolean(match[3]);
  }
  if (questions.size === 0) throw new Error('no questions found (no scorecard, question sections or "Not asked" list).');

  const { recommendation, summary } = verdict(sections.get('') ?? [], source);
  const platformName = text('platform');
  return {
    candidateName: text('candidate'),
    role: text('role') || text('kit'),
    kitTitle: text('kit'),
    startedAt,
    elapsedMs: parseElapsed(text('duration')) ?? 0,
    interviewerName: text('interviewer'),
    platform: (PLATFORMS.find((p) => p.name === platformName) ?? PLATFORMS[0]).id,
    meetingCode: text('meeting_code'),
    recommendation,
    summary,
    questions: [...questions.entries()].sort(([a], [b]) => a - b).map(([, q]) => q),
    redFlags: listItems(sections.get('Red flags seen')).map((item) => {
      const [, ...noteLines] = body.split('\n').slice(item.line - 1, item.end - 1);
      // The first line as text, its escapes read (a flag's `*` was written `\*`); the note stays Markdown.
      const head = item.text.split('\n')[0]!;
      const match = /^(.*) — (?:Question (\d+), )?at (\S+)/.exec(head);
      return {
        text: match?.[1] ?? head,
        questionNumber: match?.[2] ? Number(match[2]) : null,
        seenAtElapsedMs: parseElapsed(match?.[3] ?? '') ?? 0,
        // The note is the item's indented blocks after its first line.
        note: noteLines
          .map((l) => l.replace(/^ {2}/, ''))
          .join('\n')
          .trim(),
      };
    }),
  };
}

/** The Markdown source of a run of blocks, from the first one's line to the end of the last. */
function sourceOf(body: string): (blocks: MarkdownBlock[]) => string {
  const lines = body.split('\n');
  return (blocks) =>
    blocks.length
      ? lines
          .slice(blocks[0]!.line - 1, blocks.at(-1)!.end - 1)
          .join('\n')
          .trim()
      : '';
}

/** The body after the title, cut at every `## ` heading; '' holds what comes before the first. */
function splitSections(blocks: MarkdownBlock[]): Map<string, MarkdownBlock[]> {
  const sections = new Map<string, MarkdownBlock[]>([['', []]]);
  let current = sections.get('')!;
  for (const block of blocks) {
    if (block.type === 'heading' && block.depth === 1) continue;
    if (block.type === 'heading' && block.depth === 2) sections.set(block.text, (current = []));
    else current.push(block);
  }
  return sections;
}

/** `**Recommendation:** Yes`, then the summary's blocks up to the facts list (`- **Date:** …`). */
function verdict(blocks: MarkdownBlock[], source: (blocks: MarkdownBlock[]) => string): { recommendation: Rating | null; summary: string } {
  const [first, ...rest] = blocks;
  const match = first ? /^Recommendation: (.*)$/.exec(first.text) : null;
  const factsAt = rest.findIndex((b) => b.type === 'list' && /^Date: /.test(b.items[0]?.text ?? ''));
  const summary = source(rest.slice(0, factsAt < 0 ? rest.length : factsAt));
  return { recommendation: rating(match?.[1] ?? ''), summary: summary === '_No summary written_' ? '' : summary };
}

function listItems(blocks: MarkdownBlock[] | undefined): Extract<MarkdownBlock, { type: 'list' }>['items'] {
  const list = blocks?.find((b) => b.type === 'list');
  return list?.type === 'list' ? list.items : [];
}
