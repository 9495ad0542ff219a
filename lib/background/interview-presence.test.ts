import { describe, expect, it } from 'vitest';
import { createInterviewPresence, type PresenceMemory } from './interview-presence';

function fakes(stored: Record<string, number> = {}) {
  const calls: string[] = [];
  let seen = { ...stored };
  const memory: PresenceMemory = { read: async () => ({ ...seen }), write: async (next) => void (seen = { ...next }) };
  const service = {
    setPresent: async (id: string, present: boolean, at?: number) =>
      void calls.push(`${id} ${present ? 'present' : 'gone'}${at === undefined ? '' : ` @${at}`}`),
    pauseAbandoned: async (id: string, at: number) => void calls.push(`${id} abandoned @${at}`),
  };
  let time = 100;
  const presence = createInterviewPresence(
    () => service,
    memory,
    () => time,
  );
  const settle = () => new Promise((r) => setTimeout(r, 0));
  return { calls, presence, settle, memory: () => seen, tick: (ms: number) => (time += ms) };
}

describe('interview presence', () => {
  it('the first surface makes the interview present; only the last one leaving makes it gone', async () => {
    const { calls, presence, settle, tick, memory } = fakes();
    const leaveSidebar = presence.attach('s1');
    const leavePanel = presence.attach('s1');
    await settle();
    expect(memory()).toEqual({ s1: 100 });
    tick(50);
    leaveSidebar();
    leaveSidebar(); // a second call of the same leave counts once
    expect(calls).toEqual(['s1 present']);
    leavePanel();
    await settle();
    expect(calls).toEqual(['s1 present', 's1 gone @150']);
    expect(memory()).toEqual({});
  });

  it('after a worker restart, an interview no surface came back to is paused at its last sighting', async () => {
    const { calls, presence, settle, memory } = fakes({ left: 40, gone: 50, back: 60 });
    presence.attach('back');
    await presence.sweep();
    await settle();
    expect(calls).toEqual(['back present', 'left abandoned @40', 'gone abandoned @50']);
    // The paused ones are forgotten; the one a surface came back to is remembered from now.
    expect(memory()).toEqual({ back: 100 });
  });

  it('an interview whose surface comes back during the sweep is neither paused nor forgotten', async () => {
    let seen: Record<string, number> = { left: 40, back: 60 };
    const memory: PresenceMemory = { read: async () => ({ ...seen }), write: async (next) => void (seen = { ...next }) };
    const calls: string[] = [];
    const presence = createInterviewPresence(
      () => ({
        setPresent: async (id: string, present: boolean) => void calls.push(`${id} ${present ? 'present' : 'gone'}`),
        pauseAbandoned: async (id: string, at: number) => {
          calls.push(`${id} abandoned @${at}`);
          // The sidebar of "back" reconnects while "left" is being paused.
          if (id === 'left') presence.attach('back');
        },
      }),
      memory,
      () => 100,
    );
    await presence.sweep();
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toEqual(['left abandoned @40', 'back present']);
    expect(seen).toEqual({ back: 100 });
  });

  it('a sweep that finds every interview attended again writes nothing (a write wakes every open page)', async () => {
    const { presence, settle, memory } = fakes({ back: 60 });
    presence.attach('back');
    await settle();
    const before = memory();
    await presence.sweep();
    await settle();
    // The same object: no write replaced it.
    expect(memory()).toBe(before);
  });
});
