import { useAppearance } from '@/hooks/use-appearance';
import { updateAppearance, type Appearance } from '@/lib/settings/appearance';

const CHOICES: { [K in keyof Appearance]: { legend: string; options: [Appearance[K], string][] } } = {
  theme: {
    legend: 'Theme',
    options: [
      ['system', 'Follow the system'],
      ['light', 'Light'],
      ['dark', 'Dark'],
    ],
  },
  textSize: {
    legend: 'Text size',
    options: [
      ['small', 'Small'],
      ['medium', 'Medium'],
      ['large', 'Large'],
    ],
  },
  surface: {
    legend: 'Open the sidebar in',
    options: [
      ['page', 'The call page'],
      ['side-panel', 'The browser’s side panel'],
    ],
  },
  callStart: {
    legend: 'On a call, the sidebar',
    options: [
      ['open', 'Opens by itself'],
      ['handle', 'Stays as a handle until asked'],
    ],
  },
};

/** Theme, text size and where the sidebar opens: shared by the sidebar's settings and the dashboard. */
export function AppearanceSettings() {
  const appearance = useAppearance();
  return (
    <div className="appearance-settings">
      {(Object.keys(CHOICES) as (keyof Appearance)[]).map((field) => (
        <fieldset key={field}>
          <legend>{CHOICES[field].legend}</legend>
          {CHOICES[field].options.map(([value, label]) => (
            <label key={value}>
              <input
                type="radio"
                name={field}
                value={value}
                checked={appearance[field] === value}
                onChange={() => void updateAppearance({ [field]: value })}
              />
              {label}
            </label>
          ))}
        </fieldset>
      ))}
    </div>
  );
}
