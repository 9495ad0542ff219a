/* global document */
// Two texts written on every whole second, as the sidebar's clock does (lib/time/second-ticker.ts),
// with nothing else: what a running clock costs at the least.
const started = Date.now();
const elapsed = document.getElementById('elapsed');
const question = document.getElementById('question');
const format = (ms) => {
  const seconds = Math.floor(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
};
const tick = () => {
  const now = Date.now();
  elapsed.textContent = question.textContent = format(now - started);
  setTimeout(tick, 1000 - (now % 1000));
};
tick();
