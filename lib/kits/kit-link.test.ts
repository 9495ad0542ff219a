// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { fetchKitFromLink, type LinkDeps } from './kit-link';

function deps(response: Response | Error, granted = true) {
  return {
    request: vi.fn(async () => granted),
    remove: vi.fn(async () => true),
    fetch: vi.fn(async () => {
      if (response instanceof Error) throw response;
      return response;
    }),
  } satisfies LinkDeps;
}

describe('kit by link', () => {
  it('asks for that one origin, fetches without cookies, and gives the permission back', async () => {
    const d = deps(new Response('{"title":"x"}', { headers: { 'content-type': 'application/json' } }));
    const file = await fetchKitFromLink(' https://kits.example.org/team/backend ', d);
    expect(file).toEqual({ text: '{"title":"x"}', fileName: 'backend.json', url: 'https://kits.example.org/team/backend' });
    expect(d.request).toHaveBeenCalledWith(['https://kits.example.org/*']);
    expect(d.fetch).toHaveBeenCalledWith('https://kits.example.org/team/backend', expect.objectContaining({ credentials: 'omit' }));
    expect(d.remove).toHaveBeenCalledWith(['https://kits.example.org/*']);
  });

  it('reads a web page at the link as a page, and keeps a Markdown file name', async () => {
    const html =
      '<html><body><main><h2>Interview questions</h2><ol><li>Why this team?</li><li>How do you plan?</li></ol></main></body></html>';
    const page = await fetchKitFromLink('https://blog.example/kit', deps(new Response(html, { headers: { 'content-type': 'text/html' } })));
    expect(page).toMatchObject({ fileName: 'page.txt', text: 'Interview questions\n\n1. Why this team?\n2. How do you plan?' });
    const md = await fetchKitFromLink('https://x.example/kit.md', deps(new Response('# K', { headers: { 'content-type': 'text/plain' } })));
    expect(md.fileName).toBe('kit.md');
  });

  it('says clearly what went wrong, and fetches nothing without the permission', async () => {
    await expect(fetchKitFromLink('kits/backend', deps(new Response('')))).rejects.toThrow('This is not a link');
    await expect(fetchKitFromLink('http://x.example/k.json', deps(new Response('')))).rejects.toThrow('Only https:// links');
    const refused = deps(new Response(''), false);
    await expect(fetchKitFromLink('https://x.example/k.json', refused)).rejects.toThrow('Reading x.example was not allowed');
    expect(refused.fetch).not.toHaveBeenCalled();
    await expect(
      fetchKitFromLink('https://x.example/k.json', deps(new Response('no', { status: 404, statusText: 'Not Found' }))),
    ).rejects.toThrow('x.example answered 404 Not Found.');
    const offline = deps(new TypeError('Failed to fetch'));
    await expect(fetchKitFromLink('https://x.example/k.json', offline)).rejects.toThrow(
      'x.example could not be reached (Failed to fetch).',
    );
    expect(offline.remove).toHaveBeenCalled();
  });
});
