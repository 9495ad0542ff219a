import type { Unsafe } from 'mdast-util-to-markdown';

/**
 * The Markdown serializer escapes `<` before a letter, `!`, `/` or `?`, but an email autolink may
 * start with a digit or any of `#$%&'*+.=^_`{|}~-`: `<#@0>` reads back as a link to `#@0`, its
 * brackets gone (a round-trip property test found it). This escapes `<` there too, and nowhere
 * else, so "a < b" stays as typed. Spans the serializer's own rule leaves alone are left alone.
 */
export const EMAIL_AUTOLINK_START: Unsafe = {
  character: '<',
  after: "[\\d#$%&'*+.=^_`{|}~-]",
  inConstruct: 'phrasing',
  notInConstruct: ['autolink', 'destinationLiteral', 'destinationRaw', 'reference', 'titleQuote', 'titleApostrophe'],
};
