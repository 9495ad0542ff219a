import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openInterviewDatabase, type InterviewDatabase } from '../db/database';
import { backendEngineerKit } from '../kits/bundled/backend-engineer';
import type { Kit } from '../kits/kit-types';
import { parseMeetingUrl } from '../meeting/meeting-url';
import { createInterviewService } from './interview-service';

let db: InterviewDatabase;
const meeting = (code: string) => parseMeetingUrl(`https://meet.google.com/${code}`)!;
const frontendKit: Kit = {
  id: 'user-frontend',
  origin: 'user',
  title: 'Frontend Engineer',
  questions: [{ id: 'a11y', text: 'How do you make a custom dropdown accessible?' }],
  redFlags: ['Ignores keyboard users'],
  createdAt: 1,
  updatedAt: 1,
};

beforeEach(async () => {
  db = openInterviewDatabase(`test-${crypto.randomUUID()}`);
  await db.kits.add(frontendKit);
});
afterEach(() => db.delete());

describe('choosing the interview kit', () => {
  it('swaps the snapshot, starts at question 1, and becomes the kit of the next interview', async () => {
    const service = createInterviewService(db);
    const first = await service.openInterview(meeting('abc-defg-hij'));
    expect(first.kit.title).toBe(backendEngineerKit.title);
    await service.setCurrentQuestion(first.id, 3);
    await service.chooseInterviewKit(first.id, 'user-frontend');
    expect(await db.sessions.get(first.id)).toMatchObject({
      kitId: 'user-frontend',
      currentQuestionIndex: 0,
      kit: { title: 'Frontend Engineer', redFlags: ['Ignores keyboard users'] },
    });
    // Time booked on the old kit's questions goes with them.
    expect(await db.notes.where('sessionId').equals(first.id).count()).toBe(0);
    const next = await service.openInterview(meeting('xyz-wxyz-xyz'));
    expect(next.kitId).toBe('user-frontend');
  });

  it('refuses once the interview has a note, a rating or a red flag, changing nothing', async () => {
    const service = createInterviewService(db);
    for (const [code, addEvidence] of [
      ['aaa-aaaa-aaa', (id: string, q: string) => service.saveNote({ sessionId: id, questionId: q, text: 'said X' })],
      ['bbb-bbbb-bbb', (id: string, q: string) => service.setRating(id, q, 'no')],
      ['ccc-cccc-ccc', (id: string) => service.setKitRedFlagSeen(id, 0, true)],
    ] as const) {
      const session = await service.openInterview(meeting(code));
      await addEvidence(session.id, session.kit.questions[0]!.id);
      const before = await db.sessions.get(session.id);
      await expect(service.chooseInterviewKit(session.id, 'user-frontend')).rejects.toThrow(/can no longer change/);
      expect(await db.sessions.get(session.id)).toEqual(before);
    }
  });

  it("counts the new kit's first question from the change, not from before it", async () => {
    let time = 1_000_000;
    const service = createInterviewService(db, () => time);
    const session = await service.openInterview(meeting('abc-defg-hij'));
    await service.setClockRunning(session.id, true);
    time += 10_000;
    await service.chooseInterviewKit(session.id, 'user-frontend');
    time += 5_000;
    await service.setClockRunning(session.id, false);
    expect((await db.notes.get(`${session.id}/a11y`))?.spentMs).toBe(5_000);
  });

  it('refuses a kit that does not exist', async () => {
    const service = createInterviewService(db);
    const session = await service.openInterview(meeting('abc-defg-hij'));
    await expect(service.chooseInterviewKit(session.id, 'gone')).rejects.toThrow('That kit no longer exists.');
  });
});
