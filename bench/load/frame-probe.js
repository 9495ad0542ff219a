// Injected by the load benchmark (bench/load/launch.ts) into every document before its own
// scripts; it does its work only in the extension's frames. It records when the question is
// first painted (Element Timing), how long each note save takes from send to reply, and the
// bytes each live port receives. Plain JavaScript: Playwright injects it as it is.
/* global window, location, chrome, document, MutationObserver */
(() => {
  if (location.protocol !== 'chrome-extension:') return;
  const probe = (window.__probe = { saves: [], received: 0, messages: 0 });
  // When the question (the element marked elementtiming="question") was first in the document.
  let questionInDocumentAt = Infinity;
  // Then it stops: it would otherwise run on every tick of the clock (bench/load/interaction.ts measures that CPU).
  const inserted = new MutationObserver(() => {
    if (!document.querySelector('[elementtiming="question"]')) return;
    questionInDocumentAt = performance.now();
    inserted.disconnect();
  });
  inserted.observe(document, { childList: true, subtree: true });
  window.__questionPaintedAt = new Promise((resolve) => {
    const painted = (at) => resolve(performance.timeOrigin + at);
    new PerformanceObserver((list) => {
      const entry = list.getEntries().find((e) => e.identifier === 'question');
      if (entry) painted(entry.renderTime || entry.loadTime);
    }).observe({ type: 'element', buffered: true });
    // Chromium gives no Element Timing entry for text a script put in a frame before the frame's
    // first paint (the sidebar's early screen, lib/first-screen/early-screen.ts: its heading was
    // never reported, the same heading added later was). Shown all the same: the frame's first
    // contentful paint, when the question was in the document by then, is when it was shown.
    new PerformanceObserver((list) => {
      const first = list.getEntries().find((e) => e.name === 'first-contentful-paint');
      if (first && questionInDocumentAt <= first.startTime) painted(first.startTime);
    }).observe({ type: 'paint', buffered: true });
  });
  const runtime = globalThis.chrome && chrome.runtime;
  if (!runtime || !runtime.sendMessage) return;
  const send = runtime.sendMessage.bind(runtime);
  runtime.sendMessage = (...args) => {
    const isSave = (JSON.stringify(args[0]) || '').includes('"saveNote"');
    const started = performance.now();
    const done = () => isSave && probe.saves.push(performance.now() - started);
    // Either a callback or a promise (as lib/messaging/extension-messaging.ts calls it).
    const last = args.length - 1;
    if (typeof args[last] === 'function') {
      const callback = args[last];
      args[last] = (...reply) => {
        done();
        return callback(...reply);
      };
      return send(...args);
    }
    const reply = send(...args);
    if (reply && reply.then) reply.then(done, () => undefined);
    return reply;
  };
  const connect = runtime.connect.bind(runtime);
  runtime.connect = (...args) => {
    const port = connect(...args);
    port.onMessage.addListener((message) => {
      probe.messages += 1;
      probe.received += (JSON.stringify(message) || '').length;
    });
    return port;
  };
})();
