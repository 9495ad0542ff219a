/// <reference types="node" />
import type { Locator } from 'playwright-core';

export interface WaitOptions {
  /** How long to keep trying, in ms. */
  timeout?: number;
  /** Pause between tries, in ms. */
  interval?: number;
}

export const DEFAULT_WAIT_MS = 10_000;

/**
 * Polls `check` until it returns something truthy (which is returned) or the time is up. On
 * timeout the error names what was awaited and, through `describe`, what was seen last.
 */
export async function waitUntil<T>(
  what: string,
  check: () => T | Promise<T>,
  { timeout = DEFAULT_WAIT_MS, interval = 50, describe }: WaitOptions & { describe?: () => unknown } = {},
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value as NonNullable<T>;
      lastError = undefined;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) break;
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
  let seen = '';
  if (describe) {
    try {
      seen = ` Last seen: ${JSON.stringify(await describe())}.`;
    } catch (error) {
      seen = ` (Could not describe the last state: ${String(error)})`;
    }
  }
  const cause = lastError ? ` Last error: ${lastError instanceof Error ? lastError.message : String(lastError)}` : '';
  throw new Error(`Timed out after ${timeout} ms waiting for ${what}.${seen}${cause}`);
}

/** Waits until the locator's text, trimmed and with whitespace collapsed, equals `expected`. */
export async function waitForText(locator: Locator, expected: string, what: string, options?: WaitOptions) {
  const read = async () => normalize((await locator.textContent({ timeout: 1_000 })) ?? '');
  await waitUntil(`${what} to read ${JSON.stringify(expected)}`, async () => (await read()) === expected, {
    ...options,
    describe: read,
  });
}

/** Waits until a form field's value equals `expected`. */
export async function waitForValue(locator: Locator, expected: string, what: string, options?: WaitOptions) {
  const read = () => locator.inputValue({ timeout: 1_000 });
  await waitUntil(`${what} to hold ${JSON.stringify(expected)}`, async () => (await read()) === expected, {
    ...options,
    describe: read,
  });
}

export function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
