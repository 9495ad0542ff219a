import { describe, expect, it } from 'vitest';
import { groupDigits, listWithOr } from './group-digits';

describe('groupDigits', () => {
  it.each([0, 7, 999, 1_000, 12_345, 100_000, 1_000_000, 123_456_789])('writes %i as toLocaleString("en") does', (value) => {
    expect(groupDigits(value)).toBe(value.toLocaleString('en'));
  });
});

describe('listWithOr', () => {
  it.each([[[]], [['Zoom']], [['Zoom', 'Webex']], [['Google Meet', 'Zoom', 'Microsoft Teams', 'Webex']]])(
    'writes %j as Intl.ListFormat does',
    (items) => {
      expect(listWithOr(items)).toBe(new Intl.ListFormat('en', { type: 'disjunction' }).format(items));
    },
  );
});
