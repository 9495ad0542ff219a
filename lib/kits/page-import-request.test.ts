import { describe, expect, it } from 'vitest';
import { isReadablePage, pageImportHash, readPageImportRequest } from './page-import-request';

describe('page import request', () => {
  it('travels in the dashboard address and reads back', () => {
    for (const request of [
      { tabId: 42, readNow: true },
      { tabId: 7, readNow: false },
    ]) {
      expect(readPageImportRequest(pageImportHash(request))).toEqual(request);
    }
    expect(readPageImportRequest('#kits')).toBeUndefined();
    expect(readPageImportRequest('#kits?page=abc')).toBeUndefined();
  });

  it('offers only web pages a script may read', () => {
    expect(isReadablePage('https://blog.example/kit')).toBe(true);
    expect(isReadablePage('chrome://newtab/')).toBe(false);
    expect(isReadablePage('https://chromewebstore.google.com/detail/x')).toBe(false);
    expect(isReadablePage(undefined)).toBe(false);
  });
});
