import fc from 'fast-check';

// Text built from the pieces most likely to break a Markdown document, mixed with any Unicode.
const SYNTAX = [
  '#',
  '## ',
  '---',
  '***',
  '===',
  '|',
  ' | ',
  '>',
  '- ',
  '* ',
  '+ ',
  '1. ',
  '1) ',
  '```',
  '~~~',
  '    ',
  '\n',
  '\n\n',
  '\r\n',
  '\t',
  '\\',
  '`',
  '*',
  '_',
  '~~',
  '[',
  ']',
  '(',
  ')',
  '[x]',
  '[^1]',
  '[a]: http://x',
  '![i](x)',
  '[l](javascript:alert(1))',
  '<script>alert(1)</script>',
  '<!--',
  '-->',
  '<div>',
  '&amp;',
  '&#35;',
  'http://a.b',
  ' #',
];
export const hostileText = fc
  .array(
    fc.oneof(
      { arbitrary: fc.constantFrom(...SYNTAX), weight: 10 },
      { arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }), weight: 10 },
      // A very long line now and then; the unit tests hold a 100,000-character one.
      { arbitrary: fc.constant('x'.repeat(3000)), weight: 1 },
    ),
    { maxLength: 25 },
  )
  .map((parts) => parts.join(''));
export const name = hostileText.map((s) => s.slice(0, 200));
