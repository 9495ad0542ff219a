import { useEffect, useRef } from 'react';
import { AppearanceSettings } from '@/components/settings/appearance-settings';
import { useBrowserCommands } from '@/hooks/use-browser-commands';
import { useSidebarLayout } from '@/hooks/use-sidebar-layout';
import { useSidebarSurface } from '@/hooks/use-sidebar-surface';
import { SIDEBAR_SHORTCUTS } from '@/lib/keyboard/sidebar-shortcuts';
import type { MeetingPlatform } from '@/lib/meeting/meeting-url';
import { updateLayout } from '@/lib/settings/sidebar-layout-lazy';
import { KitLibraryLink } from './kit-library-link';

/** Every shortcut, and the layout and appearance settings. */
export function HelpView({ platform, onBack }: { platform: MeetingPlatform; onBack: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const commands = useBrowserCommands();
  const surface = useSidebarSurface();
  const layout = useSidebarLayout(platform);
  useEffect(() => heading.current?.focus(), []);

  return (
    <section className="help-view" aria-labelledby="help-heading">
      <h1 id="help-heading" ref={heading} tabIndex={-1}>
        Shortcuts and settings
      </h1>
      <h2>Anywhere in the browser</h2>
      <ShortcutTable label="Browser shortcuts" rows={commands.map((c) => ({ keys: c.shortcut, does: c.description }))} />
      <p className="hint">Change them at chrome://extensions/shortcuts (Firefox: Manage Extension Shortcuts).</p>
      <h2>In the sidebar</h2>
      <ShortcutTable label="Sidebar shortcuts" rows={SIDEBAR_SHORTCUTS} />
      {surface === 'in-page' && (
        <>
          <RadioSet
            legend="Place the sidebar"
            name="mode"
            value={layout?.mode ?? 'beside'}
            options={[
              ['beside', 'Beside the call (the call makes room)'],
              ['overlay', 'Over the call (a floating panel)'],
            ]}
            onChange={(mode) => void updateLayout(platform, { mode })}
          />
          <RadioSet
            legend="Dock the sidebar"
            name="dock"
            value={layout?.dock ?? 'right'}
            options={[
              ['left', 'Left'],
              ['right', 'Right'],
            ]}
            onChange={(dock) => void updateLayout(platform, { dock })}
          />
        </>
      )}
      <AppearanceSettings />
      <p>
        <KitLibraryLink /> — write, import and export kits; past interviews and backups.
      </p>
      <button type="button" onClick={onBack}>
        ← Back to questions
      </button>
    </section>
  );
}

function ShortcutTable({ label, rows }: { label: string; rows: { keys: string; does: string }[] }) {
  return (
    <table className="shortcuts" aria-label={label}>
      <tbody>
        {rows.map((row) => (
          <tr key={row.keys + row.does}>
            <th scope="row">
              <kbd>{row.keys}</kbd>
            </th>
            <td>{row.does}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function RadioSet<T extends string>(props: {
  legend: string;
  name: string;
  value: T;
  options: [T, string][];
  onChange: (value: T) => void;
}) {
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {props.options.map(([value, label]) => (
        <label key={value}>
          <input type="radio" name={props.name} checked={props.value === value} onChange={() => props.onChange(value)} />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
