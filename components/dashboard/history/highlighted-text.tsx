import { highlightParts } from '@/lib/search/search-text';

/** Text with the words that matched the search marked; text, never markup. */
export function HighlightedText({ text, terms }: { text: string; terms: readonly string[] | undefined }) {
  if (!terms?.length) return <>{text}</>;
  return (
    <>{highlightParts(text, terms).map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}</>
  );
}
