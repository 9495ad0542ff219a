import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onTabMessage, sendTabMessage } from './tab-protocol';

beforeEach(() => fakeBrowser.reset());

describe("the background's messages to a meeting tab", () => {
  it('go to the tab, to its top frame or to every frame', async () => {
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined as never);
    await sendTabMessage('focusNotes', undefined, { tabId: 4, frameId: 0 });
    await sendTabMessage('focusNotesBox', undefined, { tabId: 4 });
    expect(sent.mock.calls).toEqual([
      [4, { tabMessage: 'focusNotes', data: undefined }, { frameId: 0 }],
      [4, { tabMessage: 'focusNotesBox', data: undefined }, undefined],
    ]);
  });

  it("are handled only when they come from this extension's background and carry the name listened for", async () => {
    const handled: string[] = [];
    const stop = onTabMessage('focusNotes', () => void handled.push('focusNotes'));
    const background = { id: fakeBrowser.runtime.id };
    const deliver = async (message: unknown, sender: object) => (await fakeBrowser.runtime.onMessage.trigger(message, sender))[0];

    expect(await deliver({ tabMessage: 'focusNotes', data: undefined }, background)).toBeUndefined();
    expect(handled).toEqual(['focusNotes']);
    // Another extension, a content script (it sends from a tab), another message, something else entirely.
    await deliver({ tabMessage: 'focusNotes' }, { id: 'another-extension' });
    await deliver({ tabMessage: 'focusNotes' }, { ...background, tab: { id: 4 } });
    await deliver({ tabMessage: 'locationChanged' }, background);
    await deliver({ tabMessage: 7 }, background);
    await deliver(null, background);
    await deliver('focusNotes', background);
    expect(handled).toEqual(['focusNotes']);

    stop();
    await fakeBrowser.runtime.onMessage.trigger({ tabMessage: 'focusNotes' }, background);
    expect(handled).toEqual(['focusNotes']);
  });

  it("answer once the handler's work is done", async () => {
    let finish!: () => void;
    onTabMessage('locationChanged', () => new Promise<void>((resolve) => (finish = resolve)));
    let answered = false;
    const answer = fakeBrowser.runtime.onMessage
      .trigger({ tabMessage: 'locationChanged' }, { id: fakeBrowser.runtime.id })
      .then(() => (answered = true));
    // Every promise already settled has run by the next task: the answer still waits for the handler.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(answered).toBe(false);
    finish();
    await answer;
    expect(answered).toBe(true);
  });
});
