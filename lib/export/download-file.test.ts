// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { blobText, captureDownloads } from '@/components/export/capture-downloads.test-support';
import { downloadFile, REVOKE_AFTER_MS } from './download-file';

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('downloadFile', () => {
  it('saves through a hidden link, removes it, and revokes the URL afterwards', async () => {
    vi.useFakeTimers();
    const downloads = captureDownloads();
    downloadFile('a.md', '# x');
    expect(downloads.files.map((f) => f.name)).toEqual(['a.md']);
    expect(document.querySelector('a')).toBeNull();
    expect(downloads.liveUrls()).toBe(1);
    vi.advanceTimersByTime(REVOKE_AFTER_MS);
    expect(downloads.liveUrls()).toBe(0);
    vi.useRealTimers();
    expect(await blobText(downloads.files[0]!.blob)).toBe('# x');
  });

  it('saves Markdown as UTF-8 Markdown unless told another type', async () => {
    const downloads = captureDownloads();
    downloadFile('a.md', '# x');
    downloadFile('backup.json', '{}', 'application/json');
    expect(downloads.files.map((f) => [f.name, f.blob.type])).toEqual([
      ['a.md', 'text/markdown;charset=utf-8'],
      ['backup.json', 'application/json'],
    ]);
  });
});
