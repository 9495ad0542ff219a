/** The kit's red flags, always in view while the candidate talks. */
export function RedFlagList({ redFlags }: { redFlags: string[] }) {
  return (
    <section className="red-flags">
      <h2 id="red-flags-heading">Red flags</h2>
      {redFlags.length > 0 ? (
        <ul aria-label="Red flags">
          {redFlags.map((flag, i) => (
            <li key={i}>{flag}</li>
          ))}
        </ul>
      ) : (
        <p className="empty">This kit lists no red flags.</p>
      )}
    </section>
  );
}
