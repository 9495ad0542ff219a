import type { Paragraph, RootContent } from 'mdast';
import { parseKitContent, type KitParseResult } from './kit-schema';
import { parseMarkdownTree, plainText } from './kit-markdown';

interface DraftQuestion {
  id?: string;
  text: string;
  guidance: string[];
  sampleAnswer: string[];
  minutes?: number;
}
type Target = 'description' | 'question' | 'guidance' | 'sample' | 'good' | 'redFlags' | 'questions' | 'ignored';

export interface MarkdownKitResult {
  result: KitParseResult;
  /** Sections that were not understood and left out, with their line. */
  skipped: string[];
}

/**
 * Reads the Markdown form of a kit (see kit-markdown.ts). Lenient where a person writes by hand:
 * numbering in question headings, a plain list of questions, paragraphs right under a question
 * (taken as guidance). Schema errors get the line of the field they name.
 */
export function markdownToKit(markdown: string): MarkdownKitResult {
  const tree = parseMarkdownTree(markdown);
  const lines = new Map<string, number>();
  const skipped: string[] = [];
  let title: string | undefined;
  let role: string | undefined;
  const description: string[] = [];
  const questions: DraftQuestion[] = [];
  const good: string[] = [];
  const redFlags: string[] = [];
  let target: Target = 'ignored';

  const current = () => questions[questions.length - 1];
  const at = (node: RootContent) => node.position?.start.line ?? 0;
  const addQuestion = (text: string, line: number) => {
    lines.set(`questions[${questions.length}]`, line);
    questions.push({ text, guidance: [], sampleAnswer: [] });
  };
  const addText = (value: string) => {
    const q = current();
    if (target === 'description') description.push(value);
    else if (target === 'good') good.push(value);
    else if (target === 'redFlags') redFlags.push(...value.split('\n'));
    else if (q && (target === 'question' || target === 'guidance')) q.guidance.push(value);
    else if (q && target === 'sample') q.sampleAnswer.push(value);
  };

  for (const node of tree.children) {
    if (node.type === 'heading') {
      const value = plainText(node).trim();
      if (node.depth === 1 && title === undefined) {
        title = value;
        lines.set('title', at(node));
        target = 'description';
      } else if (node.depth <= 2) {
        target = sectionOf(value);
        if (target === 'ignored') skipped.push(`Section “${value}” (line ${at(node)})`);
        if (target === 'good') lines.set('goodCandidate', at(node));
        if (target === 'redFlags') lines.set('redFlags', at(node));
      } else if (node.depth === 3 && (target === 'questions' || target === 'question' || target === 'guidance' || target === 'sample')) {
        addQuestion(value.replace(/^\d{1,3}[.)]\s+/, ''), at(node));
        target = 'question';
      } else if (node.depth >= 4 && current() && target !== 'ignored' && target !== 'questions') {
        if (/^(guidance|what to listen for|listen for)$/i.test(value)) target = 'guidance';
        else if (/^(sample|example|model) answer$/i.test(value)) target = 'sample';
        else skipped.push(`Heading “${value}” (line ${at(node)})`);
      }
      continue;
    }
    const q = current();
    if (node.type === 'html' && target === 'question' && q) {
      const id = /^<!--\s*id:\s*([\w:.-]+)\s*-->$/.exec(node.value.trim())?.[1];
      if (id) {
        q.id = id;
        continue;
      }
    }
    if (node.type === 'paragraph') {
      const label = labelOf(node);
      if (label?.name === 'role:' && target === 'description' && role === undefined) {
        role = label.value;
        continue;
      }
      if (label?.name === 'minutes:' && target === 'question' && q) {
        lines.set(`questions[${questions.length - 1}].minutes`, at(node));
        const minutes = Number(label.value);
        q.minutes = label.value && Number.isFinite(minutes) ? minutes : NaN;
        continue;
      }
    }
    if (node.type === 'list' && (target === 'questions' || target === 'redFlags')) {
      for (const item of node.children) {
        const value = plainText(item).trim();
        if (target === 'redFlags') redFlags.push(value);
        else addQuestion(value, item.position?.start.line ?? at(node));
      }
      continue;
    }
    if (node.type === 'thematicBreak' || node.type === 'definition') continue;
    addText(plainText(node));
  }

  if (title === undefined) {
    return { result: { ok: false, error: 'Line 1: a Markdown kit starts with a “# Title” heading.' }, skipped };
  }
  const raw = {
    title,
    role,
    description: description.join('\n\n'),
    questions: questions.map((q) => ({
      id: q.id,
      text: q.text,
      guidance: q.guidance.join('\n\n'),
      sampleAnswer: q.sampleAnswer.join('\n\n'),
      minutes: Number.isNaN(q.minutes) ? 'not a number' : q.minutes,
    })),
    goodCandidate: good.join('\n\n'),
    redFlags,
  };
  if (questions.length === 0) {
    return {
      result: { ok: false, error: 'No questions found: add a “## Questions” section with a “### …” heading per question.' },
      skipped,
    };
  }
  const result = parseKitContent(raw);
  if (!result.ok && result.path) {
    const line = lineFor(result.path, lines);
    if (line) return { result: { ...result, error: `Line ${line}: ${result.error}` }, skipped };
  }
  return { result, skipped };
}

function sectionOf(heading: string): Target {
  if (/^(\d+\s+)?(interview\s+)?questions?$/i.test(heading)) return 'questions';
  if (/good candidate|ideal candidate/i.test(heading)) return 'good';
  if (/^red flags?$/i.test(heading)) return 'redFlags';
  if (/^(description|about|overview)$/i.test(heading)) return 'description';
  return 'ignored';
}

/** `**Role:** value` → { name: 'role:', value }; only this exact form, so escaped text never matches. */
function labelOf(node: Paragraph): { name: string; value: string } | undefined {
  const [first, ...rest] = node.children;
  if (first?.type !== 'strong') return undefined;
  const name = plainText(first).trim().toLowerCase();
  if (name !== 'role:' && name !== 'minutes:') return undefined;
  return { name, value: rest.map(plainText).join('').trim() };
}

/** The line of the nearest field named by a schema path, e.g. `questions[2].text` → its heading. */
function lineFor(path: string, lines: Map<string, number>): number | undefined {
  for (let p = path; p; p = p.replace(/(\.[^.[\]]+|\[\d+\])$/, '')) {
    const line = lines.get(p);
    if (line) return line;
    if (!/(\.[^.[\]]+|\[\d+\])$/.test(p)) break;
  }
  return undefined;
}
