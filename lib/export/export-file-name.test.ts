import { describe, expect, it } from 'vitest';
import { interviewFileName, localDate, safeFileNamePart, uniqueFileNames } from './export-file-name';

const name = (candidate: string, role = 'Backend Engineer') => interviewFileName({ date: '2025-01-31', candidate, role });

describe('interviewFileName', () => {
  it('is "YYYY-MM-DD <candidate> - <role>.md"', () => {
    expect(name('Ada Lovelace')).toBe('2025-01-31 Ada Lovelace - Backend Engineer.md');
  });

  it('gives an unnamed candidate a clear placeholder, and leaves out a missing role', () => {
    expect(name('   ')).toBe('2025-01-31 Unnamed candidate - Backend Engineer.md');
    expect(name('Ada', '')).toBe('2025-01-31 Ada.md');
  });

  it('drops characters that any file system forbids, and invisible ones', () => {
    expect(name('a<b>c:d"e/f\\g|h?i*j\u0000k\tl')).toBe('2025-01-31 a b c d e f g h i j k l - Backend Engineer.md');
    expect(name('evil\u202Edm.exe')).toBe('2025-01-31 evil dm.exe - Backend Engineer.md');
    expect(name('../../etc/passwd')).toBe('2025-01-31 etc passwd - Backend Engineer.md');
  });

  it('keeps accents and scripts other than Latin', () => {
    expect(name('José Müller 李雷')).toBe('2025-01-31 José Müller 李雷 - Backend Engineer.md');
  });

  it('stays within 255 bytes and does not cut a character in half', () => {
    const result = name('👩‍💻'.repeat(100), 'R'.repeat(300));
    expect(new TextEncoder().encode(result).length).toBeLessThanOrEqual(255);
    expect(result).not.toContain('\uFFFD');
    expect(result).toMatch(/^2025-01-31 (👩‍💻)+ - R+\.md$/);
  });
});

describe('safeFileNamePart', () => {
  it('avoids Windows device names and trailing dots or spaces', () => {
    expect(safeFileNamePart('CON')).toBe('CON_');
    expect(safeFileNamePart('lpt1.txt')).toBe('lpt1.txt_');
    expect(safeFileNamePart('name. . ')).toBe('name');
    expect(safeFileNamePart('.hidden')).toBe('hidden');
    expect(safeFileNamePart('...')).toBe('');
  });
});

describe('localDate', () => {
  it('is the interview day in the given time zone', () => {
    const lateEvening = Date.UTC(2025, 0, 31, 23, 30);
    expect(localDate(lateEvening, 'UTC')).toBe('2025-01-31');
    expect(localDate(lateEvening, 'Asia/Tokyo')).toBe('2025-02-01');
  });
});

describe('uniqueFileNames', () => {
  it('numbers repeats, ignoring case', () => {
    expect(uniqueFileNames(['a.md', 'b.md', 'A.md', 'a.md'])).toEqual(['a.md', 'b.md', 'A (2).md', 'a (3).md']);
  });
});

describe('safeFileNamePart, at its limits', () => {
  it('keeps at most 90 bytes of UTF-8, and exactly 90', () => {
    expect(safeFileNamePart('a'.repeat(90))).toBe('a'.repeat(90));
    expect(safeFileNamePart('a'.repeat(91))).toBe('a'.repeat(90));
    // é is 2 bytes: 45 of them fill the 90 bytes, the 46th does not fit.
    expect(safeFileNamePart('é'.repeat(46))).toBe('é'.repeat(45));
    expect(safeFileNamePart('a'.repeat(20), 10)).toBe('a'.repeat(10));
  });

  it('counts the bytes after white space around the value is dropped', () => {
    expect(safeFileNamePart(`   ${'a'.repeat(100)}`)).toBe('a'.repeat(90));
  });

  it('drops a dot or space left at the end by the cut', () => {
    expect(safeFileNamePart(`${'a'.repeat(89)}. b`)).toBe('a'.repeat(89));
  });

  it('composes accents, collapses white space, keeps zero-width joiners', () => {
    expect(safeFileNamePart('Jose\u0301 \t\n Mu\u0308ller')).toBe('José Müller');
    expect(safeFileNamePart('👩\u200d💻')).toBe('👩\u200d💻');
  });

  it('marks every reserved device name, whatever its case or extension, and only those', () => {
    for (const name of ['prn', 'Aux', 'nul.tar.gz', 'COM0', 'com¹', 'LPT9', 'lpt³']) expect(safeFileNamePart(name)).toBe(`${name}_`);
    for (const name of ['console', 'com10', 'xnul', 'lpt']) expect(safeFileNamePart(name)).toBe(name);
  });
});

describe('uniqueFileNames, names without an extension', () => {
  it('numbers the whole name when it has no extension, or only a leading dot', () => {
    expect(uniqueFileNames(['notes', 'notes', '.md', '.md', 'a.b.md', 'a.b.md'])).toEqual([
      'notes',
      'notes (2)',
      '.md',
      '.md (2)',
      'a.b.md',
      'a.b (2).md',
    ]);
  });
});
