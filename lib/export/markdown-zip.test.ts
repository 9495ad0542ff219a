import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { markdownZip } from './markdown-zip';

describe('markdownZip', () => {
  it('holds one .md per export, with unique names and the exact text', () => {
    const zip = markdownZip([
      { fileName: '2025-01-31 Ada - Dev.md', markdown: '# A\n\nÜnïcødé 👩‍💻' },
      { fileName: '2025-01-31 Ada - Dev.md', markdown: '# B' },
    ]);
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(['2025-01-31 Ada - Dev.md', '2025-01-31 Ada - Dev (2).md']);
    expect(strFromU8(files['2025-01-31 Ada - Dev.md']!)).toBe('# A\n\nÜnïcødé 👩‍💻');
  });
});
