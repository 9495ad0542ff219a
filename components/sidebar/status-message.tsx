import type { ReactNode } from 'react';

/** A centred one-line state of the sidebar: loading, empty or failed. */
export function StatusMessage({ children, busy, role }: { children: ReactNode; busy?: boolean; role?: 'alert' }) {
  return (
    <p className="status-message" role={role ?? 'status'} aria-busy={busy || undefined}>
      {children}
    </p>
  );
}
