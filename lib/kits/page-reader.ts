export interface PageReading {
  text: string;
  url: string;
  title: string;
  fromSelection: boolean;
}

/**
 * Reads a web page's main text the way the page-text parser (page-text-parser.ts) expects it: the
 * selection when there is one, else `main` / `article` / the body; headings and paragraphs as
 * paragraphs, list items as "- " / "1. " lines, table rows as tab-separated cells, a <details>
 * summary as a heading. Navigation, banners, footers, forms, dialogs, cookie and sign-up boxes
 * are left out. It runs inside the page (scripting.executeScript serialises it), so it is one
 * self-contained function: nothing outside it may be referenced.
 */
export function readPageForKit(doc: Document = document): PageReading {
  const SKIP_TAGS =
    /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SVG|NAV|FOOTER|ASIDE|FORM|BUTTON|IFRAME|DIALOG|SELECT|TEXTAREA|INPUT|CANVAS|VIDEO|AUDIO|IMG|PICTURE|OBJECT)$/;
  const SKIP_ROLES = /^(navigation|banner|contentinfo|complementary|dialog|alertdialog|search|form|menu|menubar)$/;
  const NOISE =
    /(^|[\s_-])(cookie|consent|gdpr|newsletter|subscribe|sign-?up|promo|advert|ads?|share|social|related|comments?|breadcrumbs?|sidebar|popup|modal|footer|nav|menu|toc)([\s_-]|$)/i;
  const BLOCK =
    /^(P|DIV|SECTION|ARTICLE|MAIN|HEADER|BLOCKQUOTE|PRE|FIGCAPTION|DL|DT|DD|ADDRESS|HR|H[1-6]|SUMMARY|DETAILS|FIELDSET|CENTER)$/;
  const view = doc.defaultView;
  const out: string[] = [];
  let line = '';
  let listDepth = 0;

  const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
  const endLine = () => {
    const text = clean(line);
    if (text) out.push(text);
    line = '';
  };
  const endParagraph = () => {
    endLine();
    if (listDepth === 0 && out.length > 0 && out[out.length - 1] !== '') out.push('');
  };
  const hidden = (el: Element) => {
    if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
    const style = view?.getComputedStyle(el);
    return style?.display === 'none' || style?.visibility === 'hidden';
  };
  const skipped = (el: Element, root: Element) => {
    if (SKIP_TAGS.test(el.tagName.toUpperCase()) || SKIP_ROLES.test(el.getAttribute('role') ?? '')) return true;
    // A site header is skipped; an article's own header (with its title) is not.
    if (el.tagName === 'HEADER' && !el.querySelector('h1') && !el.closest('article')) return true;
    if (el !== root && NOISE.test(`${el.id} ${typeof el.className === 'string' ? el.className : ''}`)) return true;
    return hidden(el);
  };
  const cellText = (cell: Element) => clean(cell.textContent ?? '').replace(/\t/g, ' ');

  function walk(node: Node, root: Element): void {
    if (node.nodeType === 3) {
      line += (node as Text).data;
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) return;
    const el = node as Element;
    if (node.nodeType === 1 && el !== root && skipped(el, root)) return;
    const tag = node.nodeType === 1 ? el.tagName.toUpperCase() : '';
    if (tag === 'BR') return endLine();
    if (tag === 'TABLE') {
      endParagraph();
      for (const row of Array.from(el.querySelectorAll('tr'))) {
        if (row.closest('table') !== el) continue;
        const cells = Array.from(row.children)
          .filter((c) => c.tagName === 'TD' || c.tagName === 'TH')
          .map(cellText);
        if (cells.some(Boolean)) out.push(cells.join('\t'));
      }
      return endParagraph();
    }
    if (tag === 'UL' || tag === 'OL') {
      endParagraph();
      listDepth++;
      let n = Number(el.getAttribute('start')) || 1;
      for (const item of Array.from(el.children)) {
        if (item.tagName !== 'LI' || skipped(item, root)) continue;
        n = Number(item.getAttribute('value')) || n;
        line = tag === 'OL' ? `${n}. ` : '- ';
        n++;
        item.childNodes.forEach((child) => walk(child, root));
        endLine();
      }
      listDepth--;
      return endParagraph();
    }
    const block = BLOCK.test(tag);
    if (block) (listDepth > 0 ? endLine : endParagraph)();
    node.childNodes.forEach((child) => walk(child, root));
    if (block) (listDepth > 0 ? endLine : endParagraph)();
  }

  const selection = doc.getSelection?.();
  const selected = selection && !selection.isCollapsed && clean(selection.toString()).length > 20;
  const body = doc.body ?? doc.documentElement;
  const articles = Array.from(body.querySelectorAll('article'));
  const longest = articles.sort((a, b) => (b.textContent?.length ?? 0) - (a.textContent?.length ?? 0))[0];
  const root = body.querySelector('main, [role="main"]') ?? longest ?? body;
  const heading = doc.querySelector('h1');
  if (selected) {
    const holder = doc.createElement('div');
    for (let i = 0; i < selection.rangeCount; i++) {
      const range = selection.getRangeAt(i);
      const within = range.commonAncestorContainer;
      // Items selected inside one list keep their list, so they keep their numbers.
      const list =
        within.nodeType === 1 && /^(OL|UL)$/.test((within as Element).tagName) ? (within.cloneNode(false) as Element) : undefined;
      if (list) list.append(range.cloneContents());
      holder.append(list ?? range.cloneContents());
    }
    walk(holder, holder);
  } else {
    // The page's title, when the main part leaves its heading out.
    if (heading && !root.contains(heading)) out.push(clean(heading.textContent ?? ''), '');
    walk(root, root);
  }
  endParagraph();
  return { text: out.join('\n').trim(), url: doc.location?.href ?? '', title: clean(doc.title), fromSelection: Boolean(selected) };
}
