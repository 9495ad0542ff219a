import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { insertDock, type PuppetDock } from '@/lib/content/puppet-dock';
import { watchNavigation } from '@/lib/content/watch-navigation';
import { MEETING_PAGE_PATTERNS } from '@/lib/platforms/page-patterns';
import { onTabMessage, TAB_CALL_QUERY, type TabCallAnswer } from '@/lib/messaging/tab-protocol';

// Tiny on purpose: the meeting page pays only for this. No React, no database, no storage, no
// layout rules here: the sidebar frame places itself (lib/dock/frame-dock.ts). WXT's
// ContentScriptContext is left out of the build (wxt.config.ts); invalidation is handled below.
export function main(): void {
  let mounted: { key: string; dock: PuppetDock } | undefined;
  let turn = 0;
  // The first frame goes in before the background has answered, not shown: its page loads while
  // the worker answers (right after installing, the worker may still be starting). Taken by the
  // first answer that names a call, removed by one that names none.
  let early: PuppetDock | undefined = insertDock(document);

  // The background reads the URL (lib/background/tab-calls.ts): the call it names, or the one
  // the tab joined where it names none (Teams after joining). So no platform rules ride here.
  const callHere = () =>
    browser.runtime
      .sendMessage({ [TAB_CALL_QUERY]: location.href })
      .then((answer: TabCallAnswer) => answer)
      .catch(() => null);

  const sync = async () => {
    const mine = ++turn;
    // The extension was updated or removed: this copy is orphaned and leaves the page as it was.
    if (!browser.runtime?.id) return stop();
    const call = await callHere();
    if (mine !== turn) return;
    const waiting = early;
    early = undefined;
    if (call && waiting && !mounted) {
      mounted = { key: call.key, dock: waiting };
      return;
    }
    waiting?.remove();
    if (call?.key === mounted?.key) return;
    mounted?.dock.remove();
    // The frame goes in at once, not shown until it has placed itself; it asks the background
    // which meeting its tab shows: nothing is passed in its URL.
    mounted = call ? { key: call.key, dock: insertDock(document) } : undefined;
  };

  // The "focus notes" shortcut: show the sidebar and give its frame focus; the background then
  // tells the frame to focus its box (never a postMessage, which the page could forge).
  const stopFocus = onTabMessage('focusNotes', () => mounted?.dock.show());
  const stopWatching = watchNavigation(() => void sync());
  // The background reports pushState moves on Firefox without the Navigation API
  // (lib/background/location-relay.ts), and a call it now knows of (the toolbar button on a call it could not name).
  const stopRelay = onTabMessage('locationChanged', () => void sync());
  function stop() {
    stopFocus();
    stopWatching();
    stopRelay();
    early?.remove();
    mounted?.dock.remove();
    early = mounted = undefined;
  }
  void sync();
}

export default defineContentScript({ matches: MEETING_PAGE_PATTERNS, runAt: 'document_idle', main });
