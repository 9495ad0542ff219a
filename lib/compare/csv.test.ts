import { describe, expect, it } from 'vitest';
import { buildMatrix } from './compare-matrix';
import { compared } from './compare-fixtures.test-support';
import { candidateLabel, cellLabel, comparisonCsv } from './comparison-csv';
import { csvField, toCsv } from './csv';

describe('toCsv (RFC 4180, for spreadsheets)', () => {
  it('starts with a UTF-8 byte order mark and ends every record with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', 1.5],
      ]),
    ).toBe('\uFEFFa,b\r\nc,1.5\r\n');
  });

  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r\nlf', '"cr\r\nlf"'],
    [' padded ', '" padded "'],
    ['Ünïcødé 👩‍💻', 'Ünïcødé 👩‍💻'],
  ])('quotes %j as %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
  ])('neutralises the formula %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('writes numbers as numbers, negative ones too', () => {
    expect(csvField(-4.5)).toBe('-4.5');
    expect(csvField(Number.NaN)).toBe('');
  });
});

describe('comparisonCsv', () => {
  it('has a rating and a minutes column per candidate, and rows for recommendation, red flags and total', () => {
    const m = buildMatrix([
      compared('=cmd|calc', ['q1', 'q2'], { q1: 'yes' }, { recommendation: 'strong-yes', redFlags: [{ text: 'Late, again', note: '' }] }),
      compared('José', ['q1'], { q1: 'strong-no' }, { elapsedMs: 95_000 }),
    ]);
    const lines = comparisonCsv(m).slice(1).split('\r\n');
    expect(lines).toEqual([
      "Question,'=cmd|calc: rating,'=cmd|calc: minutes,José: rating,José: minutes",
      'Text of q1?,Yes,1,Strong no,1',
      'Text of q2?,Not asked,,Not asked,',
      'Recommendation,Strong yes,,No decision,',
      'Red flags seen,"Late, again",,,',
      'Total minutes,,10,,1.6',
      '',
    ]);
  });
});

describe('cell and candidate labels', () => {
  it('says why a cell has no rating: not asked, not in that kit, skipped, or asked but not rated', () => {
    expect(cellLabel({ kind: 'not-asked' })).toBe('Not asked');
    expect(cellLabel({ kind: 'not-in-kit' })).toBe('Not asked');
    expect(cellLabel({ kind: 'answer', status: 'skipped', rating: null, spentMs: 0, note: '' })).toBe('Skipped');
    expect(cellLabel({ kind: 'answer', status: 'asked', rating: null, spentMs: 0, note: '' })).toBe('Not rated');
    expect(cellLabel({ kind: 'answer', status: 'skipped', rating: 'no', spentMs: 0, note: '' })).toBe('No');
  });

  it('names a candidate on one line, or as unnamed', () => {
    expect(candidateLabel('  Ada \n Lovelace ')).toBe('Ada Lovelace');
    expect(candidateLabel(' \n ')).toBe('Unnamed candidate');
  });

  it('writes minutes to one decimal, rounded', () => {
    const m = buildMatrix([compared('Ada', ['q1'], { q1: 'yes' }, { elapsedMs: 2_970_000 })]);
    m.columns[0]!.answers.q1!.spentMs = 93_000;
    const lines = comparisonCsv(buildMatrix(m.columns)).slice(1).split('\r\n');
    expect(lines[1]).toBe('Text of q1?,Yes,1.6');
    expect(lines.at(-2)).toBe('Total minutes,,49.5');
  });
});
