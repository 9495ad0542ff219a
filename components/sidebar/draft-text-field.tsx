import { useDraftField, type DraftSendValue } from '@/hooks/use-draft-field';
import type { ComponentPropsWithoutRef } from 'react';

type DraftTextFieldProps = {
  draftKey: string;
  /** The element's id; the draft key by default. */
  id?: string;
  stored: string | undefined;
  save: DraftSendValue;
  label: string;
  multiline?: boolean;
  /** The label stays the field's name for assistive tech but is not shown (a placeholder says it). */
  hideLabel?: boolean;
} & Omit<ComponentPropsWithoutRef<'input'>, 'value' | 'onChange' | 'ref'>;

/** A labelled text field saved as it is typed, with its save status for assistive tech. */
export function DraftTextField({ draftKey, id = draftKey, stored, save, label, multiline, hideLabel, ...rest }: DraftTextFieldProps) {
  const field = useDraftField(draftKey, stored, save);
  const failed = field.status?.state === 'failed' ? field.status.message : undefined;
  const common = {
    id,
    value: field.value,
    disabled: stored === undefined,
    'aria-invalid': failed ? true : undefined,
  };
  return (
    <div className="field">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {multiline ? (
        <textarea {...common} onChange={(e) => field.setValue(e.target.value)} />
      ) : (
        <input type="text" {...rest} {...common} onChange={(e) => field.setValue(e.target.value)} />
      )}
      {failed && <p role="alert">Not saved: {failed}</p>}
    </div>
  );
}
