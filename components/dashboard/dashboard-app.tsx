import { useEffect, useState } from 'react';
import { AppearanceSettings } from '@/components/settings/appearance-settings';
import { RetentionSettings } from '@/components/settings/retention-settings';
import { StorageSettings } from '@/components/settings/storage-settings';
import { useAppearance } from '@/hooks/use-appearance';
import { requestPersistentStorage } from '@/lib/storage/persistent-storage';
import { ErrorBoundary } from '../error-boundary';
import { BackupPanel } from './backup/backup-panel';
import { InterviewHistory } from './history/interview-history';
import { KitLibrary } from './kit-library';

const SECTIONS = [
  { id: 'kits', label: 'Kit library', what: 'the kit library' },
  { id: 'interviews', label: 'Interviews', what: 'the interviews' },
  { id: 'backup', label: 'Backup and restore', what: 'backup and restore' },
  { id: 'settings', label: 'Settings', what: 'the settings' },
] as const;
type SectionId = (typeof SECTIONS)[number]['id'];

const sectionFromHash = (): SectionId => SECTIONS.find((s) => `#${s.id}` === window.location.hash.split('?')[0])?.id ?? 'kits';

/** The extension's own page: kits, past interviews and their exports, and the backup. */
export function DashboardApp() {
  useAppearance();
  // Asked from here because a worker cannot: the first dashboard visit makes the data persistent.
  useEffect(() => void requestPersistentStorage().catch(() => undefined), []);
  const [section, setSection] = useState<SectionId>(sectionFromHash);
  // The section is in the address, so a link or the back button can open it.
  useEffect(() => {
    const onHash = () => setSection(sectionFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  return (
    <div className="dashboard-shell">
      <header className="dashboard-header">
        <p className="app-name">Interview Sidebar</p>
        <nav aria-label="Dashboard">
          {SECTIONS.map((s) => (
            <a key={s.id} href={`#${s.id}`} aria-current={section === s.id ? 'page' : undefined}>
              {s.label}
            </a>
          ))}
        </nav>
      </header>
      {/* A section that fails to render says so; the navigation and the other sections keep working. */}
      <main>
        <ErrorBoundary key={section} what={SECTIONS.find((s) => s.id === section)!.what}>
          {section === 'kits' && <KitLibrary />}
          {section === 'interviews' && <InterviewHistory />}
          {section === 'backup' && <BackupPanel />}
          {section === 'settings' && (
            <section className="settings-panel" aria-labelledby="settings-heading">
              <h1 id="settings-heading">Settings</h1>
              <AppearanceSettings />
              <StorageSettings />
              <RetentionSettings />
            </section>
          )}
        </ErrorBoundary>
      </main>
    </div>
  );
}
