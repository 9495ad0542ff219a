// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildTree, isScreenNode, treeOf, type ScreenElement } from './screen-tree';

// Test fixtures only: the markup is this file's own.
const render = (markup: string) => new DOMParser().parseFromString(markup, 'text/html').body;
const markupOf = (node: Node) => new XMLSerializer().serializeToString(node);

describe('screen trees', () => {
  it('builds back the same elements, attributes and text, SVG in its namespace', () => {
    const source = render(
      '<main class="sidebar"><h1 id="q" tabindex="-1">Design a <b>rate</b> limiter &lt;now&gt;</h1><svg viewBox="0 0 1 1"><path d="M0 0"></path></svg><input value="x" disabled=""></main>',
    );
    const tree = treeOf(source.firstElementChild!);
    const built = buildTree(document, JSON.parse(JSON.stringify(tree))) as Element;
    expect(built.isEqualNode(source.firstElementChild)).toBe(true);
    expect(built.querySelector('path')!.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(built.querySelector('h1')!.textContent).toBe('Design a rate limiter <now>');
  });

  it('keeps text as text: markup inside a string is never parsed', () => {
    const tree: ScreenElement = { tag: 'p', attrs: [], children: ['<img src=x onerror=alert(1)>'] };
    const built = buildTree(document, tree) as Element;
    expect(built.children).toHaveLength(0);
    expect(built.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('leaves out scripts, frames, event handlers and javascript: links, whether taken or stored', () => {
    const taken = treeOf(
      render('<div onclick="x()"><script>x()</script><iframe></iframe><a href="javascript:x()">a</a></div>').firstElementChild!,
    );
    expect(JSON.stringify(taken)).not.toMatch(/script|iframe|onclick|javascript/i);
    const stored: ScreenElement = {
      tag: 'div',
      attrs: [
        ['onmouseover', 'x()'],
        ['class', 'ok'],
      ],
      children: [
        { tag: 'script', attrs: [], children: ['x()'] },
        { tag: 'a', attrs: [['href', ' JavaScript:x()']], children: ['a'] },
      ],
    };
    expect(markupOf(buildTree(document, stored)!)).toBe('<div xmlns="http://www.w3.org/1999/xhtml" class="ok"><a>a</a></div>');
  });

  it('tells a tree from other stored data', () => {
    expect(isScreenNode({ tag: 'p', attrs: [['class', 'a']], children: ['t', { tag: 'b', attrs: [], children: [] }] })).toBe(true);
    for (const bad of [null, 3, { tag: 'p' }, { tag: 'p', attrs: [['class']], children: [] }, { tag: 'p', attrs: [], children: [7] }]) {
      expect(isScreenNode(bad), JSON.stringify(bad)).toBe(false);
    }
  });
});
