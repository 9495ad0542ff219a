import type { ReactNode } from 'react';

interface StatusMessageProps {
  children: ReactNode;
  busy?: boolean;
  role?: 'alert';
  /** The page's heading, for a page that shows only this state (the side panel outside a call). */
  pageTitle?: string;
}

/** A whole-page state of the sidebar (loading, not a call, failed), inside the page's main landmark. */
export function StatusMessage({ children, busy, role, pageTitle }: StatusMessageProps) {
  return (
    <main className="status-page">
      {pageTitle && <h1 className="visually-hidden">{pageTitle}</h1>}
      <p className="status-message" role={role ?? 'status'} aria-busy={busy || undefined}>
        {children}
      </p>
    </main>
  );
}
