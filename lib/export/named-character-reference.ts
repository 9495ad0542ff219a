import { decodeHTMLStrict } from 'entities/decode';

/** What micromark reads as a named reference: ASCII letters and digits (micromark-util-decode-string). */
const NAME = /^[\da-z]{1,31}$/i;

/**
 * decode-named-character-reference's function, read from markdown-it's entity table (`entities`)
 * rather than a second table of the same 2,125 names (character-entities): wxt.config.ts points
 * the export serializer's import here, so the background carries one table. Returns the text of a
 * named reference given without `&` and `;`, or false when no such name exists.
 */
export function decodeNamedCharacterReference(value: string): string | false {
  if (!NAME.test(value)) return false;
  const reference = `&${value};`;
  const decoded = decodeHTMLStrict(reference);
  return decoded === reference ? false : decoded;
}
