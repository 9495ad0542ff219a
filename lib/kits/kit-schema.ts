import { z } from 'zod';
import type { KitContent, KitQuestion } from './kit-types';
import { groupDigits } from '../text/group-digits';

/**
 * The one definition of a valid kit as people write it, used by every importer, the editor and the
 * background. It has exactly the stored record's fields (lib/records/kit-record.ts; `ShapeOf` checks).
 * It also normalises text, so that "the same kit" is well defined (Markdown round-trip, dedupe):
 * - one-line fields (title, role, question text, red flags): whitespace runs become one space, trimmed;
 * - long fields (description, guidance, sample answer, profile): paragraphs split on blank lines,
 *   each normalised like a line, joined by one blank line;
 * - control characters are dropped, empty optional fields are left out.
 */
export const KIT_LIMITS = {
  line: 500,
  questionText: 2_000,
  longText: 20_000,
  questions: 200,
  redFlags: 100,
  maxMinutes: 600,
  url: 2_000,
} as const;

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g;

export function normaliseLine(value: string): string {
  return value.replace(CONTROL, '').replace(/\s+/g, ' ').trim();
}

export function normaliseText(value: string): string {
  return value
    .replace(CONTROL, '')
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map(normaliseLine)
    .filter(Boolean)
    .join('\n\n');
}

const notText = { error: (issue: { input?: unknown }) => (issue.input === undefined ? 'required' : 'must be text') };
const tooLong = (max: number) => ({ error: `at most ${groupDigits(max)} characters` });

const requiredLine = (max: number) =>
  z
    .string(notText)
    .transform(normaliseLine)
    .pipe(z.string().min(1, { error: 'required' }).max(max, tooLong(max)));

const optionalText = (max: number, normalise: (s: string) => string) =>
  z
    .string({ error: 'must be text' })
    .nullish()
    .transform((v) => (v == null ? '' : normalise(v)))
    .pipe(z.string().max(max, tooLong(max)))
    .transform((v) => v || undefined);

/** A schema shape with exactly the fields of `T`: a field added to the record and not here fails to compile. */
type ShapeOf<T> = { [K in keyof T]-?: z.ZodType };

const questionSchema = z.object(
  {
    id: z
      .string({ error: 'must be text' })
      .regex(/^[\w:.-]{1,100}$/, { error: 'use 1 to 100 letters, digits, ":", ".", "_" or "-"' })
      .nullish(),
    text: requiredLine(KIT_LIMITS.questionText),
    guidance: optionalText(KIT_LIMITS.longText, normaliseText),
    sampleAnswer: optionalText(KIT_LIMITS.longText, normaliseText),
    minutes: z
      .number({ error: 'must be a number' })
      .positive({ error: 'must be more than 0' })
      .max(KIT_LIMITS.maxMinutes, { error: `at most ${KIT_LIMITS.maxMinutes}` })
      .nullish(),
  } satisfies ShapeOf<KitQuestion>,
  { error: 'must be an object' },
);

const redFlagSchema = z
  .string({ error: 'must be text' })
  .transform(normaliseLine)
  .pipe(z.string().max(KIT_LIMITS.line, tooLong(KIT_LIMITS.line)));

export const kitContentSchema = z.object(
  {
    title: requiredLine(KIT_LIMITS.line),
    role: optionalText(KIT_LIMITS.line, normaliseLine),
    description: optionalText(KIT_LIMITS.longText, normaliseText),
    questions: z
      .array(questionSchema, { error: notList })
      .min(1, { error: 'add at least one question' })
      .max(KIT_LIMITS.questions, { error: `at most ${KIT_LIMITS.questions} questions` }),
    goodCandidate: optionalText(KIT_LIMITS.longText, normaliseText),
    sourceUrl: optionalText(KIT_LIMITS.url, normaliseLine).refine((v) => v === undefined || /^https?:\/\/[^\s/]+/i.test(v), {
      error: 'must be a web address (http or https)',
    }),
    redFlags: z
      .array(redFlagSchema, { error: notList })
      .nullish()
      .transform((flags) => (flags ?? []).filter(Boolean))
      .pipe(z.array(z.string()).max(KIT_LIMITS.redFlags, { error: `at most ${KIT_LIMITS.redFlags} red flags` })),
  } satisfies ShapeOf<KitContent>,
  { error: 'must be an object' },
);

function notList(issue: { input?: unknown }) {
  return issue.input === undefined ? 'required' : 'must be a list';
}

export type KitParseResult = { ok: true; kit: KitContent } | { ok: false; error: string; path?: string };

/** Validates and normalises anything claiming to be a kit; errors name the field, e.g. `questions[2].text: required`. */
export function parseKitContent(input: unknown): KitParseResult {
  const result = kitContentSchema.safeParse(input);
  if (!result.success) {
    const issues = result.error.issues;
    const first = issues[0];
    const describe = (i: (typeof issues)[number]) => `${formatPath(i.path)}: ${i.message}`;
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    return { ok: false, error: `${first ? describe(first) : 'kit: invalid'}${more}`, path: first && formatPath(first.path) };
  }
  const kit: KitContent = withoutUndefined({ ...result.data, questions: withQuestionIds(result.data.questions) });
  return { ok: true, kit };
}

/** `['questions', 2, 'text']` → `questions[2].text`; the empty path is the kit itself. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`;
  return out || 'kit';
}

type ParsedQuestion = Omit<KitQuestion, 'id' | 'minutes'> & { id?: string | null; minutes?: number | null };

/** Keeps given ids; a missing or repeated id gets a slug of the question, made unique. */
export function withQuestionIds(questions: ParsedQuestion[]): KitQuestion[] {
  const used = new Set<string>();
  const unique = (base: string) => {
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
  const given = questions.map((q) => q.id ?? undefined);
  for (const id of given) if (id) used.add(id);
  const seen = new Set<string>();
  return questions.map((q, i) => {
    let id = given[i];
    if (!id || seen.has(id)) id = unique(slugify(q.text));
    seen.add(id);
    return withoutUndefined({ ...q, id, minutes: q.minutes ?? undefined });
  });
}

export function slugify(text: string): string {
  const slug = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .slice(0, 6)
    .join('-')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'question';
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
