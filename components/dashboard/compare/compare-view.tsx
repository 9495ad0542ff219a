export function CompareView({ sessionIds }: { sessionIds: string[] }) {
  return <p>{sessionIds.length}</p>;
}
