import { parseKitContent, type KitParseResult } from './kit-schema';
import type { KitContent } from './kit-types';

/** What one line of an imported kit was read as; the preview lets the user change it. */
export type PartRole = 'description' | 'question' | 'guidance' | 'sampleAnswer' | 'profile' | 'redFlag' | 'omit';

export const PART_LABELS: Record<PartRole, string> = {
  description: 'Description',
  question: 'Question',
  guidance: 'Guidance',
  sampleAnswer: 'Sample answer',
  profile: 'Profile',
  redFlag: 'Red flag',
  omit: 'Left out',
};

export interface KitPart {
  key: string;
  role: PartRole;
  text: string;
  /** Kept from a question's own id and budget, so a file's ids survive the preview. */
  questionId?: string;
  minutes?: number;
}

const paragraphs = (text: string | undefined) => (text ? text.split('\n\n') : []);

/** The kit as a list of marked lines (paragraphs), in reading order. */
export function kitToParts(kit: KitContent): KitPart[] {
  const parts: KitPart[] = [];
  const add = (role: PartRole, text: string, extra: Partial<KitPart> = {}) =>
    parts.push({ key: `part-${parts.length}`, role, text, ...extra });
  paragraphs(kit.description).forEach((t) => add('description', t));
  for (const q of kit.questions) {
    add('question', q.text, { questionId: q.id, minutes: q.minutes });
    paragraphs(q.guidance).forEach((t) => add('guidance', t));
    paragraphs(q.sampleAnswer).forEach((t) => add('sampleAnswer', t));
  }
  paragraphs(kit.goodCandidate).forEach((t) => add('profile', t));
  kit.redFlags.forEach((t) => add('redFlag', t));
  return parts;
}

/**
 * The kit again, from the parts as the user marked them: guidance and sample answers belong to the
 * question above them (before the first question they join the description). Validated like any kit.
 */
export function partsToKit(base: Pick<KitContent, 'title' | 'role' | 'sourceUrl'>, parts: KitPart[]): KitParseResult {
  const description: string[] = [];
  const profile: string[] = [];
  const redFlags: string[] = [];
  const questions: { id?: string; text: string; minutes?: number; guidance: string[]; sampleAnswer: string[] }[] = [];
  for (const part of parts) {
    const question = questions[questions.length - 1];
    if (part.role === 'question')
      questions.push({ id: part.questionId, text: part.text, minutes: part.minutes, guidance: [], sampleAnswer: [] });
    else if (part.role === 'guidance' || part.role === 'sampleAnswer') (question ? question[part.role] : description).push(part.text);
    else if (part.role === 'profile') profile.push(part.text);
    else if (part.role === 'redFlag') redFlags.push(part.text);
    else if (part.role === 'description') description.push(part.text);
  }
  if (questions.length === 0) return { ok: false, error: 'A kit needs at least one question: mark a line as a question.' };
  return parseKitContent({
    ...base,
    description: description.join('\n\n'),
    questions: questions.map((q) => ({ ...q, guidance: q.guidance.join('\n\n'), sampleAnswer: q.sampleAnswer.join('\n\n') })),
    goodCandidate: profile.join('\n\n'),
    redFlags,
  });
}
