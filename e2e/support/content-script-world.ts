import type { Page } from 'playwright-core';
import { waitUntil } from './wait';

/**
 * Runs `expression` in the extension's content-script world of `page` (its isolated world, over
 * CDP), as code running inside the meeting page's renderer would: the place Chrome warns may be
 * compromised. Returns the expression's (awaited, JSON) value.
 */
export async function evaluateInContentScript<T>(page: Page, extensionId: string, expression: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    let contextId: number | undefined;
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      if (context.origin === `chrome-extension://${extensionId}` && context.auxData?.type === 'isolated') contextId = context.id;
    });
    await cdp.send('Runtime.enable');
    await waitUntil("the content script's isolated world", () => contextId !== undefined);
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      contextId,
      expression,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails)
      throw new Error(`In the content script's world: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as T;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
