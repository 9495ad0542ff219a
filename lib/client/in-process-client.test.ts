import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openInterviewDatabase, type InterviewDatabase } from '../db/database';
import { backendEngineerKit } from '../kits/bundled/backend-engineer';
import { createKitService } from '../kits/kit-service';
import { createInProcessClient } from './in-process-client';

let db: InterviewDatabase;
beforeEach(() => {
  db = openInterviewDatabase(`in-process-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

describe('the in-process client', () => {
  it('sends arguments and answers through JSON, as runtime messaging does', async () => {
    const client = createInProcessClient(db, null);
    // JSON.stringify calls toJSON: the service receives what the wire carries, not the object itself.
    const content = { toJSON: () => ({ ...backendEngineerKit, title: 'Sent as JSON' }) };
    await expect(createKitService(db).createKit(content)).rejects.toThrow(/not valid/);
    const kit = await client.kits.createKit(content);
    expect(kit.title).toBe('Sent as JSON');
    // The answer is parsed JSON too: a plain object.
    expect(Object.getPrototypeOf(kit)).toBe(Object.prototype);
  });

  it('answers a failed request with an Error carrying the message only', async () => {
    const client = createInProcessClient(db, null);
    await expect(client.kits.deleteKit('user:missing')).rejects.toThrow(Error);
    const failure = await client.kits.createKit({ title: '', questions: [] }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect(Object.getPrototypeOf(failure)).toBe(Error.prototype);
    expect((failure as Error).message).toMatch(/This kit is not valid/);
  });
});
