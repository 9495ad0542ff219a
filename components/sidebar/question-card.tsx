import { memo, useRef, useState } from 'react';
import { useOverflow } from '@/hooks/use-overflow';
import { ClockText } from '@/components/clock-text';
import { useClockValue } from '@/hooks/use-clock';
import { formatElapsed, isRunning, questionSpentMs } from '@/lib/interviews/interview-clock';
import type { InterviewClock } from '@/lib/interviews/interview-types';
import type { QuestionStatus } from '@/lib/interviews/question-status';
import type { KitQuestion } from '@/lib/kits/kit-types';
import { SampleAnswer } from './sample-answer';

interface QuestionCardProps {
  question: KitQuestion;
  index: number;
  total: number;
  status: QuestionStatus;
  /** Time stored for the question; with `clock`, the running stretch is added while it ticks. */
  spentMs: number;
  /** The interview clock, when this is the current question of a running interview. */
  clock?: InterviewClock;
  budgetMs: number;
  /** False in compact view: the question alone. */
  showAnswer: boolean;
}

export const QUESTION_HEADING_ID = 'current-question';

const STATUS_LABELS: Record<QuestionStatus, string> = { 'not-asked': 'Not asked', asked: 'Asked', skipped: 'Skipped' };

/** Time on the question against its budget: its text is written each second, and it renders again only when it goes over. */
function QuestionTime({ spentMs, clock, budgetMs }: { spentMs: number; clock?: InterviewClock; budgetMs: number }) {
  const ticking = clock !== undefined && isRunning(clock);
  const spent = (now: number) => (clock ? questionSpentMs(clock, { spentMs }, true, now) : spentMs);
  const over = useClockValue(ticking, (now) => budgetMs > 0 && spent(now) > budgetMs);
  return (
    <span className={over ? 'question-time over-budget' : 'question-time'} title="Time on this question / its budget">
      <ClockText ticking={ticking} text={(now) => `${formatElapsed(spent(now))} / ${formatElapsed(budgetMs)}`} />
      {over && <span className="over-label"> over</span>}
    </span>
  );
}

/** The question to ask now, where it stands, and what a good answer sounds like. */
function QuestionCardView({ question, index, total, status, spentMs, clock, budgetMs, showAnswer }: QuestionCardProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [wholeQuestion, setWholeQuestion] = useState<string>();
  const expanded = wholeQuestion === question.id;
  // A kit whose question holds its own answer (a paste not split) must not fill the sidebar with
  // a huge heading the interviewer might read out: the heading is clamped, the rest one click away.
  const clamped = useOverflow(heading, `${question.id}:${String(expanded)}`);

  return (
    <section className="question-card" aria-labelledby={QUESTION_HEADING_ID}>
      <p className="question-meta">
        <span>
          Question {index + 1} of {total}
        </span>
        <span className={`question-status status-${status}`}>{STATUS_LABELS[status]}</span>
        <QuestionTime spentMs={spentMs} clock={clock} budgetMs={budgetMs} />
      </p>
      <h1
        id={QUESTION_HEADING_ID}
        ref={heading}
        className={expanded ? 'question-text' : 'question-text clamped'}
        tabIndex={-1}
        // Element Timing: the load benchmark (scripts/bench-load.ts) reads when the question is first painted.
        {...{ elementtiming: 'question' }}
      >
        {question.text}
      </h1>
      {(clamped || expanded) && (
        <button
          type="button"
          className="link-button"
          aria-expanded={expanded}
          onClick={() => setWholeQuestion(expanded ? undefined : question.id)}
        >
          {expanded ? 'Show less of the question' : 'Show the whole question'}
        </button>
      )}
      {showAnswer && <SampleAnswer question={question} />}
    </section>
  );
}

/** Memoised: a keystroke's note patch renders the notes box, not this. */
export const QuestionCard = memo(QuestionCardView);
