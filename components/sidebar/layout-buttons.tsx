import { useSidebarLayout } from '@/hooks/use-sidebar-layout';
import { useSidebarSurface } from '@/hooks/use-sidebar-surface';
import type { MeetingPlatform } from '@/lib/meeting/meeting-url';
import { updateLayout } from '@/lib/settings/sidebar-layout';
import { useSidebarViewStore } from '@/lib/stores/sidebar-view-store';
import { QUESTION_HEADING_ID } from './question-card';

/** Header buttons: shortcuts and settings, and in the page also compact view and hide. */
export function LayoutButtons({ platform }: { platform: MeetingPlatform }) {
  const surface = useSidebarSurface();
  const layout = useSidebarLayout(platform);
  const view = useSidebarViewStore((s) => s.view);
  const setView = useSidebarViewStore((s) => s.setView);

  return (
    <div className="layout-buttons">
      <button
        type="button"
        className="icon-button"
        aria-label="Shortcuts and settings"
        title="Shortcuts and settings (?)"
        aria-pressed={view === 'help'}
        onClick={() => {
          setView(view === 'help' ? 'question' : 'help');
          if (view === 'help') requestAnimationFrame(() => document.getElementById(QUESTION_HEADING_ID)?.focus());
        }}
      >
        ?
      </button>
      {surface === 'in-page' && (
        <>
          <button
            type="button"
            className="icon-button"
            aria-label="Compact view"
            title="Compact view: only the question and the notes"
            aria-pressed={layout?.compact ?? false}
            onClick={() => void updateLayout(platform, { compact: !layout?.compact })}
          >
            ▭
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label="Hide sidebar"
            title="Hide sidebar"
            onClick={() => void updateLayout(platform, { collapsed: true })}
          >
            {layout?.dock === 'left' ? '⟨' : '⟩'}
          </button>
        </>
      )}
    </div>
  );
}
