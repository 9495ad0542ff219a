/**
 * A rendered screen as plain data: elements with their attributes, and text. Taken from the DOM
 * React committed (lib/first-screen/remember-first-screen.ts) and built back with createElement,
 * setAttribute and text nodes (lib/first-screen/early-screen.ts): text stays text, never parsed
 * as HTML.
 */
export type ScreenNode = string | ScreenElement;
export interface ScreenElement {
  tag: string;
  /** Set for SVG elements, which need their namespace. */
  svg?: true;
  attrs: [name: string, value: string][];
  children: ScreenNode[];
}

const SVG = 'http://www.w3.org/2000/svg';
/** Elements that run or load something: never taken, never built. */
const INERT_TAGS = /^(script|style|link|iframe|frame|object|embed|base|meta|template)$/i;
const keepsAttribute = (name: string, value: string) => !/^on/i.test(name) && !/^\s*javascript:/i.test(value);

export function treeOf(element: Element): ScreenElement {
  return {
    tag: element.localName,
    ...(element.namespaceURI === SVG && { svg: true }),
    attrs: [...element.attributes].filter((a) => keepsAttribute(a.name, a.value)).map((a) => [a.name, a.value]),
    children: [...element.childNodes].flatMap((child): ScreenNode[] => {
      if (child.nodeType === child.TEXT_NODE) return [child.textContent ?? ''];
      if (child.nodeType !== child.ELEMENT_NODE || INERT_TAGS.test((child as Element).localName)) return [];
      return [treeOf(child as Element)];
    }),
  };
}

/** Builds `node` in `doc`; what a tree may not hold (see INERT_TAGS, event attributes) is left out. */
export function buildTree(doc: Document, node: ScreenNode): Node | null {
  if (typeof node === 'string') return doc.createTextNode(node);
  if (INERT_TAGS.test(node.tag)) return null;
  const element = node.svg ? doc.createElementNS(SVG, node.tag) : doc.createElement(node.tag);
  for (const [name, value] of node.attrs) if (keepsAttribute(name, value)) element.setAttribute(name, value);
  for (const child of node.children) {
    const built = buildTree(doc, child);
    if (built) element.append(built);
  }
  return element;
}

/** True for data shaped like a tree (read back from storage, which anything of the extension may have written). */
export function isScreenNode(value: unknown, depth = 0): value is ScreenNode {
  if (typeof value === 'string') return true;
  if (depth > 64 || typeof value !== 'object' || value === null) return false;
  const { tag, attrs, children } = value as Partial<ScreenElement>;
  return (
    typeof tag === 'string' &&
    Array.isArray(attrs) &&
    attrs.every((a) => Array.isArray(a) && a.length === 2 && typeof a[0] === 'string' && typeof a[1] === 'string') &&
    Array.isArray(children) &&
    children.every((child) => isScreenNode(child, depth + 1))
  );
}
