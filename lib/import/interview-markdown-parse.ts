import type { Heading, List, Nodes, Root, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parse as parseYaml } from 'yaml';
import { RATINGS, RATING_LABELS, type Rating } from '../interviews/interview-types';
import { parseExportedMarkdown, serializeMarkdown } from '../export/markdown-format';
import { PLATFORMS } from '../platforms';
import { parseElapsed, type ParsedInterview } from './parsed-interview';

const RATING_BY_LABEL = new Map<string, Rating>(RATINGS.map((r) => [RATING_LABELS[r].toLowerCase(), r]));
const rating = (label: string) => RATING_BY_LABEL.get(label.trim().toLowerCase()) ?? null;
const QUESTION_HEADING = /^Question (\d+): (.*)$/;

/**
 * Reads an interview exported as Markdown by this extension (see lib/export/interview-markdown.ts):
 * the front matter for the facts, the verdict and summary, the scorecard table, a section per
 * asked question, the red flags and the "Not asked" list. Throws an Error naming what is missing.
 */
export function parseInterviewMarkdown(markdown: string): ParsedInterview {
  const tree = parseExportedMarkdown(markdown.replace(/^\uFEFF/, ''));
  const yaml = tree.children[0];
  if (yaml?.type !== 'yaml') throw new Error('no front matter: this is not an interview exported by Interview Sidebar.');
  const facts = parseYaml(yaml.value) as Record<string, unknown> | null;
  const text = (key: string) => (typeof facts?.[key] === 'string' ? (facts[key] as string) : '');
  const startedAt = Date.parse(text('date'));
  if (!facts || !text('kit') || Number.isNaN(startedAt))
    throw new Error('the front matter has no "kit" or no valid "date": this is not an interview export.');

  const sections = splitSections(tree);
  const questions = new Map<number, ParsedInterview['questions'][number]>();
  const question = (n: number, questionText: string) => {
    if (!questions.has(n)) questions.set(n, { text: questionText, rating: null, spentMs: 0, note: '', skipped: false });
    return questions.get(n)!;
  };
  for (const row of tableRows(sections.get('Scorecard')?.find((n): n is Table => n.type === 'table'))) {
    const [n, questionText, label, time] = row;
    if (n && /^\d+$/.test(n))
      Object.assign(question(Number(n), questionText ?? ''), { rating: rating(label ?? ''), spentMs: parseElapsed(time ?? '') ?? 0 });
  }
  for (const [title, body] of sections) {
    const match = QUESTION_HEADING.exec(title);
    if (!match) continue;
    const entry = question(Number(match[1]), match[2]!);
    const [facts, ...notes] = body;
    entry.skipped = facts !== undefined && / · skipped$/.test(toString(facts));
    entry.note = notes.length ? serializeMarkdown({ type: 'root', children: notes }).trim() : '';
    if (entry.note === '_No notes_') entry.note = '';
  }
  for (const item of listItems(sections.get('Not asked'))) {
    const match = /^Question (\d+): (.*?)( \(skipped\))?$/.exec(toString(item[0] ?? { type: 'text', value: '' }));
    if (match) question(Number(match[1]), match[2]!).skipped = Boolean(match[3]);
  }
  if (questions.size === 0) throw new Error('no questions found (no scorecard, question sections or "Not asked" list).');

  const { recommendation, summary } = verdict(sections.get('') ?? []);
  return {
    candidateName: text('candidate'),
    role: text('role') || text('kit'),
    kitTitle: text('kit'),
    startedAt,
    elapsedMs: parseElapsed(text('duration')) ?? 0,
    interviewerName: text('interviewer'),
    // The platform as the export names it (lib/platforms/); an unknown one reads as Meet, as before.
    platform: PLATFORMS.find((p) => p.name === text('platform'))?.id ?? 'meet',
    meetingCode: text('meeting_code'),
    recommendation,
    summary,
    questions: [...questions.entries()].sort(([a], [b]) => a - b).map(([, q]) => q),
    redFlags: listItems(sections.get('Red flags seen')).map(([head, ...note]) => {
      const line = toString(head ?? { type: 'text', value: '' });
      const match = /^(.*) — (?:Question (\d+), )?at (\S+)/.exec(line);
      return {
        text: match?.[1] ?? line,
        questionNumber: match?.[2] ? Number(match[2]) : null,
        seenAtElapsedMs: parseElapsed(match?.[3] ?? '') ?? 0,
        note: note.length ? serializeMarkdown({ type: 'root', children: note as RootContent[] }).trim() : '',
      };
    }),
  };
}

/** The body after the title, cut at every `## ` heading; '' holds what comes before the first. */
function splitSections(tree: Root): Map<string, RootContent[]> {
  const sections = new Map<string, RootContent[]>([['', []]]);
  let current = sections.get('')!;
  for (const node of tree.children) {
    if (node.type === 'yaml' || (node.type === 'heading' && node.depth === 1)) continue;
    if (node.type === 'heading' && (node as Heading).depth === 2) sections.set(toString(node), (current = []));
    else current.push(node);
  }
  return sections;
}

/** `**Recommendation:** Yes`, then the summary's blocks up to the facts list (`- **Date:** …`). */
function verdict(blocks: RootContent[]): { recommendation: Rating | null; summary: string } {
  const [first, ...rest] = blocks;
  const match = first ? /^Recommendation: (.*)$/.exec(toString(first)) : null;
  const factsAt = rest.findIndex((n) => n.type === 'list' && /^Date: /.test(toString(n.children[0] ?? { type: 'text', value: '' })));
  const summaryBlocks = rest.slice(0, factsAt < 0 ? rest.length : factsAt);
  const summary = summaryBlocks.length ? serializeMarkdown({ type: 'root', children: summaryBlocks }).trim() : '';
  return { recommendation: rating(match?.[1] ?? ''), summary: summary === '_No summary written_' ? '' : summary };
}

function tableRows(table: Table | undefined): string[][] {
  return (table?.children ?? []).slice(1).map((row) => row.children.map((cell) => toString(cell)));
}

function listItems(blocks: RootContent[] | undefined): Nodes[][] {
  const list = blocks?.find((n): n is List => n.type === 'list');
  return (list?.children ?? []).map((item) => item.children);
}
