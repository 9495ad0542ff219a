import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openInterviewDatabase, type InterviewDatabase } from '../db/database';
import { installBundledKits } from '../kits/bundled-kits';
import { createKitService } from '../kits/kit-service';
import { parseMeetingUrl } from '../meeting/meeting-url';
import { createInterviewService } from './interview-service';

let db: InterviewDatabase;
const meeting = (code: string) => parseMeetingUrl(`https://meet.google.com/${code}`)!;
const twoQuestions = {
  title: 'Analyst',
  questions: [
    { id: 'first', text: 'Tell me about a time. Look for: a question.' },
    { id: 'second', text: 'How do you check numbers?' },
  ],
  redFlags: [],
};

beforeEach(async () => {
  db = openInterviewDatabase(`test-${crypto.randomUUID()}`);
  await installBundledKits(db, 1);
});
afterEach(() => db.delete());

describe('an interview that has not started follows its kit', () => {
  it('gets the edited kit; one with a note, a rating or a red flag keeps the kit it was run with', async () => {
    let t = 1_000;
    const clock = () => (t += 1_000);
    const kits = createKitService(db, clock);
    const interviews = createInterviewService(db, clock);
    const kit = await kits.createKit(twoQuestions);
    const sessions = [];
    for (const code of ['aaa-aaaa-aaa', 'bbb-bbbb-bbb', 'ccc-cccc-ccc', 'ddd-dddd-ddd']) {
      const session = await interviews.openInterview(meeting(code));
      await interviews.chooseInterviewKit(session.id, kit.id);
      sessions.push(session.id);
    }
    const [untouched, noted, rated, flagged] = sessions as [string, string, string, string];
    // Time spent on the second question, then back on it: no evidence, only time.
    await interviews.setClockRunning(untouched, true);
    await interviews.setCurrentQuestion(untouched, 1);
    await interviews.setCurrentQuestion(untouched, 0);
    await interviews.setCurrentQuestion(untouched, 1);
    expect(
      await db.notes
        .where('sessionId')
        .equals(untouched)
        .filter((n) => n.questionId === 'second')
        .count(),
    ).toBe(1);
    await interviews.saveNote({ sessionId: noted, questionId: 'first', text: 'said X' });
    await interviews.setRating(rated, 'second', 'yes');
    await interviews.addRedFlag(flagged, 'Rude');

    const fixed = { ...twoQuestions, questions: [{ id: 'first', text: 'Tell me about a time.', guidance: 'A question.' }] };
    await kits.updateKit(kit.id, fixed);

    const after = await db.sessions.get(untouched);
    expect(after?.kit.questions).toEqual([{ id: 'first', text: 'Tell me about a time.', guidance: 'A question.' }]);
    // The current question stays within the shorter kit.
    expect(after?.currentQuestionIndex).toBe(0);
    expect(after?.updatedAt).toBe((await db.kits.get(kit.id))?.updatedAt);
    // Time booked on the question the kit no longer has goes with it; the kept question keeps its time.
    const left = await db.notes.where('sessionId').equals(untouched).toArray();
    expect(left.map((n) => [n.questionId, n.spentMs > 0])).toEqual([['first', true]]);
    for (const id of [noted, rated, flagged]) {
      expect((await db.sessions.get(id))?.kit.questions.map((q) => q.text)).toEqual(twoQuestions.questions.map((q) => q.text));
    }
  });

  it('leaves interviews of other kits alone', async () => {
    const kits = createKitService(db);
    const interviews = createInterviewService(db);
    const kit = await kits.createKit(twoQuestions);
    const other = await interviews.openInterview(meeting('eee-eeee-eee'));
    const before = await db.sessions.get(other.id);
    await kits.updateKit(kit.id, { ...twoQuestions, title: 'Renamed' });
    expect(await db.sessions.get(other.id)).toEqual(before);
  });
});
