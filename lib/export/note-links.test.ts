import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { keepLink, linkifyText } from './note-links';

/** Text as "words <link>" for reading: each link's address in angle brackets. */
const shown = (value: string) =>
  linkifyText(value)
    .map((n) => (n.type === 'link' ? `<${n.url}>` : n.value))
    .join('');

describe('linkifyText', () => {
  it('links every http(s) address and keeps the text around it', () => {
    expect(shown('see https://a.example/x and http://b.example.')).toBe('see <https://a.example/x> and <http://b.example>.');
    expect(linkifyText('https://a.example')).toEqual([
      { type: 'link', url: 'https://a.example', children: [{ type: 'text', value: 'https://a.example' }] },
    ]);
    expect(linkifyText('no address')).toEqual([{ type: 'text', value: 'no address' }]);
  });

  it('ends an address before the punctuation that ends the sentence', () => {
    expect(shown('at https://a.example/p?!.,:;*_~\'" then')).toBe('at <https://a.example/p>?!.,:;*_~\'" then');
  });

  it('keeps a closing parenthesis only when the address opened one', () => {
    expect(shown('(see https://a.example/x)')).toBe('(see <https://a.example/x>)');
    expect(shown('https://a.example/wiki/A_(b)')).toBe('<https://a.example/wiki/A_(b)>');
    expect(shown('(https://a.example/A_(b)).')).toBe('(<https://a.example/A_(b)>).');
  });

  it('links only a host with a dot, and only characters a Markdown reader keeps as they are', () => {
    expect(shown('http://localhost/x and https://a.example/%20%zz')).toBe('http://localhost/x and <https://a.example/%20>%zz');
    expect(shown('https://a.example/<b> https://c.example/é')).toBe('<https://a.example/><b> <https://c.example/>é');
  });
});

describe('keepLink', () => {
  const link = (url: string, words: string) => ({ type: 'link' as const, url, children: [{ type: 'text' as const, value: words }] });

  it('keeps a link to a web address; its own words, when they differ, come first', () => {
    expect(keepLink(link('https://a.example', 'https://a.example'), [])?.map((n) => toString(n))).toEqual(['https://a.example']);
    const words = [{ type: 'text' as const, value: 'the docs' }];
    expect(keepLink(link('https://a.example/d', 'the docs'), words)?.map((n) => [n.type, toString(n)])).toEqual([
      ['text', 'the docs'],
      ['text', ' ('],
      ['link', 'https://a.example/d'],
      ['text', ')'],
    ]);
  });

  it('refuses anything else, however it starts or ends', () => {
    for (const url of [
      'javascript:alert(1)',
      '/relative',
      'data:text/html,x',
      'xhttps://a.example',
      'https://a.example/ x',
      'ftp://a.example',
    ]) {
      expect(keepLink(link(url, 'x'), [])).toBeUndefined();
    }
  });
});
