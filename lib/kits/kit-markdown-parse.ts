import { parseKitContent, type KitParseResult } from './kit-schema';
import { markdownBlocks } from './markdown-blocks';

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
  const lines = new Map<string, number>();
  const skipped: string[] = [];
  let title: string | undefined;
  let role: string | undefined;
  let sourceUrl: string | undefined;
  const description: string[] = [];
  const questions: DraftQuestion[] = [];
  const good: string[] = [];
  const redFlags: string[] = [];
  let target: Target = 'ignored';

  const current = () => questions[questions.length - 1];
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
  const inQuestions = () => ['questions', 'question', 'guidance', 'sample'].includes(target);

  for (const block of markdownBlocks(markdown)) {
    const q = current();
    if (block.type === 'heading') {
      const value = block.text.trim();
      if (block.depth === 1 && title === undefined) {
        title = value;
        lines.set('title', block.line);
        target = 'description';
      } else if (block.depth <= 2) {
        target = sectionOf(value);
        if (target === 'ignored') skipped.push(`Section “${value}” (line ${block.line})`);
        if (target === 'good') lines.set('goodCandidate', block.line);
        if (target === 'redFlags') lines.set('redFlags', block.line);
      } else if (block.depth === 3 && inQuestions()) {
        addQuestion(value.replace(/^\d{1,3}[.)]\s+/, ''), block.line);
        target = 'question';
      } else if (block.depth >= 4 && q && inQuestions() && target !== 'questions') {
        if (/^(guidance|what to listen for|listen for)$/i.test(value)) target = 'guidance';
        else if (/^(sample|example|model) answer$/i.test(value)) target = 'sample';
        else skipped.push(`Heading “${value}” (line ${block.line})`);
      }
    } else if (block.type === 'html' && target === 'question' && q && ID_COMMENT.test(block.text.trim())) {
      q.id = ID_COMMENT.exec(block.text.trim())?.[1];
    } else if (block.type === 'paragraph' && block.label?.name === 'role:' && target === 'description' && role === undefined) {
      role = block.label.value;
    } else if (block.type === 'paragraph' && block.label?.name === 'source:' && target === 'description' && sourceUrl === undefined) {
      sourceUrl = block.label.value;
    } else if (block.type === 'paragraph' && block.label?.name === 'minutes:' && target === 'question' && q) {
      lines.set(`questions[${questions.length - 1}].minutes`, block.line);
      const minutes = Number(block.label.value);
      q.minutes = block.label.value && Number.isFinite(minutes) ? minutes : NaN;
    } else if (block.type === 'list' && (target === 'questions' || target === 'redFlags')) {
      for (const item of block.items) {
        if (target === 'redFlags') redFlags.push(item.text);
        else addQuestion(item.text, item.line);
      }
    } else if (block.type === 'list') {
      block.items.forEach((item) => addText(item.text));
    } else {
      addText(block.text);
    }
  }

  if (title === undefined) {
    return { result: { ok: false, error: 'Line 1: a Markdown kit starts with a “# Title” heading.' }, skipped };
  }
  const raw = {
    title,
    role,
    sourceUrl,
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

const ID_COMMENT = /^<!--\s*id:\s*([\w:.-]+)\s*-->$/;

function sectionOf(heading: string): Target {
  if (/^(\d+\s+)?(interview\s+)?questions?$/i.test(heading)) return 'questions';
  if (/good candidate|ideal candidate/i.test(heading)) return 'good';
  if (/^red flags?$/i.test(heading)) return 'redFlags';
  if (/^(description|about|overview)$/i.test(heading)) return 'description';
  return 'ignored';
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
