import { browser } from 'wxt/browser';
import { readPageForKit, type PageReading } from './page-reader';

/**
 * Reads a tab's page for a kit import: page-reader.ts runs in the page once, under the activeTab
 * grant of the user's click (toolbar button or "Import as interview kit"), and returns its text.
 */
export async function readTabPage(tabId: number): Promise<PageReading> {
  let reading: PageReading | undefined;
  try {
    const [injection] = await browser.scripting.executeScript({ target: { tabId }, func: readPageForKit });
    reading = injection?.result as PageReading | undefined;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `The page could not be read (${reason}). If it was closed or moved on, open it again and choose “Import as interview kit” there.`,
    );
  }
  if (!reading?.text) throw new Error('The page has no text to read.');
  return reading;
}
