import { browser } from 'wxt/browser';
import { MAX_IMPORT_CHARS } from './kit-import';
import { readPageForKit } from './page-reader';

export interface LinkDeps {
  request: (origins: string[]) => Promise<boolean>;
  remove: (origins: string[]) => Promise<boolean>;
  fetch: typeof fetch;
}

const browserDeps: LinkDeps = {
  request: (origins) => browser.permissions.request({ origins }),
  remove: (origins) => browser.permissions.remove({ origins }),
  fetch: (...args) => fetch(...args),
};

/**
 * Fetches a kit file (JSON or Markdown; a web page is read like the page you are on) from a link
 * the user pasted. Host access is asked for that one origin, inside the click (the browser wants
 * the request before any other await), and given back once the file is read. No cookies are sent.
 */
export async function fetchKitFromLink(
  address: string,
  deps: LinkDeps = browserDeps,
): Promise<{ text: string; fileName: string; url: string }> {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    throw new Error('This is not a link: paste an address that starts with https://.');
  }
  if (url.protocol !== 'https:') throw new Error('Only https:// links can be fetched.');
  const origins = [`${url.origin}/*`];
  if (!(await deps.request(origins))) throw new Error(`Reading ${url.host} was not allowed, so nothing was fetched.`);
  try {
    let response: Response;
    try {
      response = await deps.fetch(url.href, { credentials: 'omit', cache: 'no-store', redirect: 'follow' });
    } catch (error) {
      throw new Error(`${url.host} could not be reached (${error instanceof Error ? error.message : String(error)}).`);
    }
    if (!response.ok) throw new Error(`${url.host} answered ${response.status} ${response.statusText}`.trim() + '.');
    if (Number(response.headers.get('content-length')) > MAX_IMPORT_CHARS * 4) throw new Error('This file is too large to be a kit.');
    const text = await response.text();
    const type = response.headers.get('content-type') ?? '';
    const name = decodeURIComponent(url.pathname.split('/').pop() ?? '') || 'kit';
    if (/html/i.test(type)) {
      const page = new DOMParser().parseFromString(text, 'text/html');
      return { text: readPageForKit(page).text, fileName: 'page.txt', url: url.href };
    }
    const fileName =
      /json/i.test(type) && !/\.json$/i.test(name)
        ? `${name}.json`
        : /markdown/i.test(type) && !/\.(md|markdown)$/i.test(name)
          ? `${name}.md`
          : name;
    return { text, fileName, url: url.href };
  } finally {
    await deps.remove(origins).catch(() => false);
  }
}
