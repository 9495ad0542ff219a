/**
 * How the background asks the dashboard to import a tab's page: in the dashboard's address,
 * `#kits?page=<tabId>` (offer it) or `#kits?page=<tabId>&read` (read it at once). Only a tab id
 * travels; the dashboard reads the page itself, under the activeTab grant of the user's click.
 */
export interface PageImportRequest {
  tabId: number;
  readNow: boolean;
}

export function pageImportHash({ tabId, readNow }: PageImportRequest): string {
  return `#kits?page=${tabId}${readNow ? '&read' : ''}`;
}

export function readPageImportRequest(hash: string): PageImportRequest | undefined {
  const match = /^#kits\?page=(\d{1,12})(&read)?$/.exec(hash);
  if (!match) return undefined;
  return { tabId: Number(match[1]), readNow: Boolean(match[2]) };
}

/** Pages a script may read: the browser's own pages and the extension stores refuse it. */
export function isReadablePage(url: string | undefined): boolean {
  return (
    /^https?:\/\//i.test(url ?? '') &&
    !/^https:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org)\//i.test(url ?? '')
  );
}
