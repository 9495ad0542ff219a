import { describe, expect, it } from 'vitest';
import { sampleNote, sampleSession, T0 } from '../export/export-fixtures.test-support';
import { MAX_NAME_LENGTH, MAX_TEXT_LENGTH, PLANNED_MINUTES } from '../interviews/limits';
import { interviewRecord, noteRecord, redFlagSightingRecord, settingRecord } from './interview-record';
import { kitContentRecord, kitRecord } from './kit-record';

/** The path of the first field a schema refuses in `value`, or null when it takes it. */
function refused(schema: { safeParse(value: unknown): { error?: { issues: { path: PropertyKey[] }[] } } }, value: unknown) {
  return schema.safeParse(value).error?.issues[0]?.path.join('.') ?? null;
}

const long = (length: number) => 'x'.repeat(length);
const kit = { title: 'Kit', questions: [{ id: 'q1', text: 'Why?' }], redFlags: [] };

describe('what a stored record may hold, at its limits', () => {
  it('free text (notes, summaries, kit text) up to MAX_TEXT_LENGTH characters', () => {
    expect(refused(noteRecord, sampleNote('s1', 'q1', { text: long(MAX_TEXT_LENGTH) }))).toBeNull();
    expect(refused(noteRecord, sampleNote('s1', 'q1', { text: long(MAX_TEXT_LENGTH + 1) }))).toBe('text');
    expect(refused(interviewRecord, sampleSession({ summary: long(MAX_TEXT_LENGTH + 1) }))).toBe('summary');
    expect(refused(settingRecord, { key: 'interviewerName', value: long(MAX_TEXT_LENGTH + 1) })).toBe('value');
    expect(refused(kitContentRecord, { ...kit, title: long(MAX_TEXT_LENGTH) })).toBeNull();
    expect(refused(kitContentRecord, { ...kit, title: long(MAX_TEXT_LENGTH + 1) })).toBe('title');
    expect(refused(kitContentRecord, { ...kit, questions: [{ id: 'q1', text: long(MAX_TEXT_LENGTH + 1) }] })).toBe('questions.0.text');
  });

  it('names up to MAX_NAME_LENGTH characters, a candidate group up to 200', () => {
    expect(refused(interviewRecord, sampleSession({ candidateName: long(MAX_NAME_LENGTH), candidateGroup: long(200) }))).toBeNull();
    expect(refused(interviewRecord, sampleSession({ candidateName: long(MAX_NAME_LENGTH + 1) }))).toBe('candidateName');
    expect(refused(interviewRecord, sampleSession({ interviewerName: long(MAX_NAME_LENGTH + 1) }))).toBe('interviewerName');
    expect(refused(interviewRecord, sampleSession({ candidateGroup: long(201) }))).toBe('candidateGroup');
  });

  it('ids and keys are never empty', () => {
    expect(refused(interviewRecord, sampleSession({ id: '' }))).toBe('id');
    expect(refused(interviewRecord, sampleSession({ meetingKey: '' }))).toBe('meetingKey');
    expect(refused(noteRecord, sampleNote('', 'q1', { id: 'a' }))).toBe('sessionId');
    expect(refused(noteRecord, sampleNote('s1', '', { id: 'a' }))).toBe('questionId');
    expect(refused(noteRecord, sampleNote('s1', 'q1', { id: '' }))).toBe('id');
    expect(refused(kitContentRecord, { ...kit, questions: [{ id: '', text: 'Why?' }] })).toBe('questions.0.id');
    expect(refused(kitRecord, { ...kit, id: '', origin: 'user', createdAt: T0, updatedAt: T0 })).toBe('id');
    expect(refused(kitRecord, { ...kit, id: 'k', origin: 'user', createdAt: T0, updatedAt: T0 })).toBeNull();
  });

  it('a planned length within PLANNED_MINUTES, a question budget above 0', () => {
    expect(refused(interviewRecord, sampleSession({ plannedMinutes: PLANNED_MINUTES.min }))).toBeNull();
    expect(refused(interviewRecord, sampleSession({ plannedMinutes: PLANNED_MINUTES.max }))).toBeNull();
    expect(refused(interviewRecord, sampleSession({ plannedMinutes: PLANNED_MINUTES.min - 1 }))).toBe('plannedMinutes');
    expect(refused(interviewRecord, sampleSession({ plannedMinutes: PLANNED_MINUTES.max + 1 }))).toBe('plannedMinutes');
    expect(refused(kitContentRecord, { ...kit, questions: [{ id: 'q1', text: 'Why?', minutes: 0.5 }] })).toBeNull();
    expect(refused(kitContentRecord, { ...kit, questions: [{ id: 'q1', text: 'Why?', minutes: 0 }] })).toBe('questions.0.minutes');
  });

  it('a red flag seen at an interview time of 0 or later, its note free text', () => {
    const flag = { id: 'f', text: 'Late', note: '', seenAt: T0, seenAtElapsedMs: 0, custom: true };
    expect(refused(redFlagSightingRecord, flag)).toBeNull();
    expect(refused(redFlagSightingRecord, { ...flag, seenAtElapsedMs: -1 })).toBe('seenAtElapsedMs');
    expect(refused(redFlagSightingRecord, { ...flag, note: long(MAX_TEXT_LENGTH + 1) })).toBe('note');
  });
});
