import { useKeysState } from '@/hooks/use-keys-active';

/**
 * Says whether the single-key shortcuts work right now, and turns them on with one click: after
 * typing in the call, keys go to the call until the sidebar has the focus.
 */
export function KeysState({ onActivate }: { onActivate: () => void }) {
  const state = useKeysState();
  return (
    <span className={`keys-state keys-${state}`} role="status">
      <span className="keys-dot" aria-hidden="true" />
      {state === 'active' && <span title="N next, P previous, 1–4 rate, W wrap-up, ? every key">Keys on</span>}
      {state === 'typing' && (
        <span>
          Typing · <kbd>Esc</kbd> for keys
        </span>
      )}
      {state === 'elsewhere' && (
        <button type="button" className="link-button" onClick={onActivate}>
          Keys off: turn on
        </button>
      )}
    </span>
  );
}
