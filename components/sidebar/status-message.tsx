import type { ReactNode } from 'react';

/** A whole-page state of the sidebar (loading, not a call, failed), inside the page's main landmark. */
export function StatusMessage({ children, busy, role }: { children: ReactNode; busy?: boolean; role?: 'alert' }) {
  return (
    <main className="status-page">
      <p className="status-message" role={role ?? 'status'} aria-busy={busy || undefined}>
        {children}
      </p>
    </main>
  );
}
