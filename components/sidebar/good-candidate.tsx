/** What a good candidate looks like: folded by default, one click away. */
export function GoodCandidate({ text }: { text: string }) {
  return (
    <details className="good-candidate">
      <summary>What a good candidate looks like</summary>
      <p>{text}</p>
    </details>
  );
}
