import { describe, expect, it, vi } from 'vitest';
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
    const secrets = createFrameSecrets(memoryArea() as never, 0);
    await secrets.register(7, secret);
    expect(await secrets.matches(7, secret)).toBe(true);
    expect(await secrets.matches(8, secret), 'another tab').toBe(false);
    expect(await secrets.matches(7, ''), 'none (a page-made frame)').toBe(false);
    expect(await secrets.matches(undefined, secret), 'no tab').toBe(false);
    await secrets.register(7, crypto.randomUUID());
    expect(await secrets.matches(7, secret), 'an earlier frame').toBe(false);
  });

  it("waits for the registration of a frame's secret that came first", async () => {
    const secrets = createFrameSecrets(memoryArea() as never, 1_000);
    const asked = secrets.matches(7, secret);
    await secrets.register(7, crypto.randomUUID());
    await secrets.register(8, secret);
    await secrets.register(7, secret);
    expect(await asked).toBe(true);
  });

  it('refuses a secret never registered, once the wait is over', async () => {
    vi.useFakeTimers();
    try {
      const secrets = createFrameSecrets(memoryArea() as never, 2_000);
      await secrets.register(7, crypto.randomUUID());
      let answer: boolean | undefined;
      void secrets.matches(7, secret).then((ok) => (answer = ok));
      await vi.advanceTimersByTimeAsync(1_999);
      expect(answer, 'still waiting').toBeUndefined();
      await vi.advanceTimersByTimeAsync(1);
      expect(answer).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it('survives a worker restart (storage.session)', async () => {
    const area = memoryArea();
    await createFrameSecrets(area as never).register(3, secret);
    expect(await createFrameSecrets(area as never).matches(3, secret)).toBe(true);
  });
});
