import { useSidebarLayout } from '@/hooks/use-sidebar-layout';
import { useSidebarSurface } from '@/hooks/use-sidebar-surface';
import type { MeetingPlatform } from '@/lib/meeting/meeting-url';
import { updateLayout } from '@/lib/settings/sidebar-layout-lazy';
import { useSidebarViewStore } from '@/lib/stores/sidebar-view-store';
import { QUESTION_HEADING_ID } from './question-card';

/** Header buttons in plain words: shortcuts and settings, and in the page also compact view and hide. */
export function LayoutButtons({ platform }: { platform: MeetingPlatform }) {
  const surface = useSidebarSurface();
  const layout = useSidebarLayout(platform);
  const view = useSidebarViewStore((s) => s.view);
  const setView = useSidebarViewStore((s) => s.setView);
  const compact = layout?.compact ?? false;

  return (
    <div className="layout-buttons">
      <button
        type="button"
        className="small-button"
        aria-label="Keys: shortcuts and settings"
        aria-keyshortcuts="?"
        title="Every shortcut, and the settings (?)"
        aria-pressed={view === 'help'}
        onClick={() => {
          setView(view === 'help' ? 'question' : 'help');
          if (view === 'help') requestAnimationFrame(() => document.getElementById(QUESTION_HEADING_ID)?.focus());
        }}
      >
        Keys
      </button>
      {surface === 'in-page' && (
        <>
          <button
            type="button"
            className="small-button"
            aria-label="Compact view"
            title="Compact view: only the question, the rating and the notes"
            aria-pressed={compact}
            onClick={() => void updateLayout(platform, { compact: !compact })}
          >
            Compact
          </button>
          <button
            type="button"
            className="small-button"
            aria-label="Hide sidebar"
            title="Hide the sidebar to a handle at the edge"
            onClick={() => void updateLayout(platform, { collapsed: true })}
          >
            Hide {layout?.dock === 'left' ? '←' : '→'}
          </button>
        </>
      )}
    </div>
  );
}
