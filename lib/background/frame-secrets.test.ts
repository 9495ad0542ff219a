import { describe, expect, it } from 'vitest';
import { createFrameSecrets } from './frame-secrets';

const memoryArea = () => {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: async (key: string) => ({ [key]: data[key] }),
    set: async (values: Record<string, unknown>) => void Object.assign(data, values),
  };
};

describe('frame secrets', () => {
  const secret = crypto.randomUUID();

  it("matches only the tab's last registered secret", async () => {
    const secrets = createFrameSecrets(memoryArea() as never);
    await secrets.register(7, secret);
    expect(await secrets.matches(7, secret)).toBe(true);
    expect(await secrets.matches(8, secret), 'another tab').toBe(false);
    expect(await secrets.matches(7, ''), 'none (a page-made frame)').toBe(false);
    expect(await secrets.matches(undefined, secret), 'no tab').toBe(false);
    await secrets.register(7, crypto.randomUUID());
    expect(await secrets.matches(7, secret), 'an earlier frame').toBe(false);
  });

  it('survives a worker restart (storage.session)', async () => {
    const area = memoryArea();
    await createFrameSecrets(area as never).register(3, secret);
    expect(await createFrameSecrets(area as never).matches(3, secret)).toBe(true);
  });
});
