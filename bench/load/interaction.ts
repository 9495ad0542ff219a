/// <reference types="node" />
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { waitUntil } from '../../e2e/support/wait';
import { showSidebarControl } from '../../e2e/support/page-controls';
import { takesInput } from '../../e2e/support/sidebar';
import { sidebarFrameOf } from './launch';

interface Probe {
  saves: number[];
  received: number;
  messages: number;
}

const readProbe = (frame: Frame) => frame.evaluate(() => (window as unknown as { __probe: Probe }).__probe);
const notesBox = (frame: Frame) => frame.getByRole('textbox', { name: 'Notes for question 1' });

/** Opens the meeting in a tab and waits until its sidebar's notes box can be typed in. */
async function openSurface(context: BrowserContext, url: string): Promise<{ page: Page; frame: Frame }> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const frame = await sidebarFrameOf(page);
  const box = notesBox(frame);
  await waitUntil('the notes box to be editable', async () => (await box.isEditable({ timeout: 1_000 })) && takesInput(box), {
    timeout: 15_000,
  });
  return { page, frame };
}

export interface KeystrokeFigures {
  surfaces: number;
  /** From the save leaving the frame (in the keystroke's own event) to the background's reply after its commit. */
  durableMs: number[];
  /** Bytes of live data each surface received per keystroke (mean over surfaces). */
  bytesPerKeystrokePerSurface: number;
  /** The note's own size as JSON (the stored row), averaged over the typing. */
  meanNoteBytes: number;
}

/**
 * Types `keys` characters into the first question's note of one surface while `surfaces` tabs
 * show the same interview, one key every `gapMs` (a fast typist), and checks every surface ends
 * with the typed text (they stay in step).
 */
export async function measureKeystrokes(
  context: BrowserContext,
  url: string,
  surfaces: number,
  keys = 200,
  gapMs = 40,
): Promise<KeystrokeFigures> {
  const opened = [];
  for (let i = 0; i < surfaces; i++) opened.push(await openSurface(context, url));
  const typing = opened[0]!;
  const text = 'abcdefghij'.repeat(Math.ceil(keys / 10)).slice(0, keys);
  for (const { frame } of opened)
    await frame.evaluate(() => Object.assign((window as unknown as { __probe: Probe }).__probe, { saves: [], received: 0, messages: 0 }));
  await notesBox(typing.frame).pressSequentially(text, { delay: gapMs });
  await waitUntil('every keystroke to be saved', async () => (await readProbe(typing.frame)).saves.length >= keys, { timeout: 30_000 });
  for (const { frame } of opened) {
    await waitUntil('every surface to show the typed note', async () => (await notesBox(frame).inputValue()) === text, { timeout: 15_000 });
  }
  const probes = await Promise.all(opened.map(({ frame }) => readProbe(frame)));
  const noteRow = {
    id: 'x'.repeat(36 + 1 + 36),
    sessionId: 'x'.repeat(36),
    questionId: 'x'.repeat(36),
    text: '',
    rating: null,
    mark: null,
    spentMs: 0,
    updatedAt: Date.now(),
  };
  for (const { page } of opened) await page.close();
  return {
    surfaces,
    durableMs: probes[0]!.saves,
    bytesPerKeystrokePerSurface: probes.reduce((sum, p) => sum + p.received, 0) / surfaces / keys,
    meanNoteBytes: JSON.stringify(noteRow).length + (keys + 1) / 2,
  };
}

/** Main-thread time of the sidebar frame over a window: all tasks, and the script, style and layout among them. */
export interface FrameTime {
  taskMs: number;
  scriptMs: number;
  styleLayoutMs: number;
}

export interface CpuFigures {
  runningVisible: FrameTime;
  hidden: FrameTime;
}

/** Time for what a click set off (a write, its live echo, a lazy chunk) to finish before a window is measured. */
const SETTLE_MS = 2_000;

/** The sidebar frame's main-thread task time over `windowMs`, from CDP Performance.getMetrics on its target. */
async function taskTime(context: BrowserContext, frame: Frame, windowMs: number): Promise<FrameTime> {
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  const cdp = await context.newCDPSession(frame);
  await cdp.send('Performance.enable');
  const read = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (name: string) => (metrics.find((m) => m.name === name)?.value ?? NaN) * 1000;
  };
  const before = await read();
  await new Promise((resolve) => setTimeout(resolve, windowMs));
  const after = await read();
  await cdp.detach();
  const delta = (name: string) => after(name) - before(name);
  return {
    taskMs: delta('TaskDuration'),
    scriptMs: delta('ScriptDuration'),
    styleLayoutMs: delta('RecalcStyleDuration') + delta('LayoutDuration'),
  };
}

/**
 * The same window on the floor's clock page (bench/floor/clock.html: two texts written each
 * second, nothing else), in the floor's frame on the meeting page, the pointer over it as after
 * the sidebar's "Start interview": what a running clock costs at the least, on the same machine.
 */
export async function measureFloorClockCpu(context: BrowserContext, url: string, windowMs = 10_000): Promise<FrameTime> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const frame = await sidebarFrameOf(page);
  await frame.goto(new URL('clock.html', frame.url()).href);
  await frame.locator('#elapsed').click();
  const time = await taskTime(context, frame, windowMs);
  await page.close();
  return time;
}

/** CPU of the sidebar per `windowMs` while its clock runs and it is visible, then while it is hidden. */
export async function measureCpu(context: BrowserContext, url: string, windowMs = 10_000): Promise<CpuFigures> {
  const { page, frame } = await openSurface(context, url);
  await frame.getByRole('button', { name: 'Start interview' }).click();
  await frame.getByRole('button', { name: 'Pause clock' }).waitFor({ state: 'visible' });
  const runningVisible = await taskTime(context, frame, windowMs);
  await frame.getByRole('button', { name: 'Hide sidebar' }).click();
  // The handle is in the content script's closed shadow root, which locators do not reach.
  await showSidebarControl(page).waitFor({ state: 'visible', timeout: 30_000 });
  const hidden = await taskTime(context, frame, windowMs);
  await page.close();
  return { runningVisible, hidden };
}
