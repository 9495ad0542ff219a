// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileText } from './read-file-text';

afterEach(() => vi.unstubAllGlobals());

/** A FileReader whose read fails with `error`, as a file removed while it is read does. */
function failingReader(error: DOMException | null) {
  return class {
    error = error;
    onerror: (() => void) | null = null;
    readAsText() {
      queueMicrotask(() => this.onerror?.());
    }
  };
}

describe('readFileText', () => {
  it("is the file's text, decoded as UTF-8", async () => {
    expect(await readFileText(new Blob(['Ünïcødé 👩‍💻\n{"a":1}']))).toBe('Ünïcødé 👩‍💻\n{"a":1}');
    expect(await readFileText(new Blob([]))).toBe('');
  });

  it("rejects with the reader's error, or a clear message when it gives none", async () => {
    const gone = new DOMException('A requested file could not be found.', 'NotFoundError');
    vi.stubGlobal('FileReader', failingReader(gone));
    await expect(readFileText(new Blob(['x']))).rejects.toBe(gone);
    vi.stubGlobal('FileReader', failingReader(null));
    await expect(readFileText(new Blob(['x']))).rejects.toThrow('The file could not be read.');
  });
});
