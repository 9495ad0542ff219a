import type { KitContent, KitQuestion } from './kit-types';

/**
 * The editor's form: each field of the kit and its questions as typed text (minutes and red flags
 * included), turned into content on save. Derived from the record, so a new field is a new text box.
 */
export type DraftQuestion = { [K in keyof KitQuestion]-?: string };
export type KitDraft = { [K in Exclude<keyof KitContent, 'questions' | 'sourceUrl'>]-?: string } & {
  questions: DraftQuestion[];
  /** Not edited in the form; kept so saving an imported kit keeps where it came from. */
  sourceUrl?: string;
};

export function emptyQuestion(): DraftQuestion {
  return { id: `q-${crypto.randomUUID()}`, text: '', guidance: '', sampleAnswer: '', minutes: '' };
}

export function emptyDraft(): KitDraft {
  return { title: '', role: '', description: '', questions: [emptyQuestion()], goodCandidate: '', redFlags: '' };
}

export function kitToDraft(kit: KitContent): KitDraft {
  return {
    ...emptyDraft(),
    ...kit,
    questions: kit.questions.map((q) => ({ ...emptyQuestion(), ...q, minutes: q.minutes === undefined ? '' : String(q.minutes) })),
    redFlags: kit.redFlags.join('\n'),
  };
}

/** Unvalidated content for the schema: it decides what is wrong and says where. */
export function draftToContent(draft: KitDraft): unknown {
  return {
    ...draft,
    questions: draft.questions.map((q) => ({
      ...q,
      minutes: q.minutes.trim() === '' ? undefined : Number(q.minutes.replace(',', '.')),
    })),
    redFlags: draft.redFlags.split('\n'),
  };
}

export function moveQuestion(draft: KitDraft, index: number, by: -1 | 1): KitDraft {
  const target = index + by;
  if (target < 0 || target >= draft.questions.length) return draft;
  const questions = [...draft.questions];
  [questions[index], questions[target]] = [questions[target]!, questions[index]!];
  return { ...draft, questions };
}

const FIELD_LABELS: Record<string, string> = {
  title: 'Title',
  role: 'Role',
  description: 'Description',
  goodCandidate: 'What a good candidate looks like',
  redFlags: 'Red flags',
  questions: 'Questions',
  text: '',
  guidance: 'Guidance',
  sampleAnswer: 'Sample answer',
  minutes: 'Minutes',
};

/** "questions[2].text: required" → "Question 3: required", in the words of the form's labels. */
export function describeForForm(error: string): string {
  const match = /^questions\[(\d+)\]\.(\w+)(?:\[\d+\])?: (.*)$/.exec(error);
  if (match) {
    const field = FIELD_LABELS[match[2]!] ?? match[2];
    return `Question ${Number(match[1]) + 1}${field ? ` – ${field}` : ''}: ${match[3]}`;
  }
  const top = /^(\w+)(?:\[(\d+)\])?: (.*)$/.exec(error);
  if (top && FIELD_LABELS[top[1]!]) {
    return `${FIELD_LABELS[top[1]!]}${top[2] ? ` (line ${Number(top[2]) + 1})` : ''}: ${top[3]}`;
  }
  return error;
}
