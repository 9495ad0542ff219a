import { useKeysState } from '@/hooks/use-keys-active';

const dot = <span className="keys-dot" aria-hidden="true" />;
const typing = (
  <>
    Typing · <kbd>Esc</kbd> for keys
  </>
);
const off = 'Keys off: turn on';

/**
 * Says whether the single-key shortcuts work right now, and turns them on with one click: after
 * typing in the call, keys go to the call until the sidebar has the focus.
 */
export function KeysState({ onActivate }: { onActivate: () => void }) {
  const state = useKeysState();
  return (
    <span className={`keys-state keys-${state}`} role="status">
      {state === 'active' && <span title="N next, P previous, 1–4 rate, W wrap-up, ? every key">{dot}Keys on</span>}
      {state === 'typing' && (
        <span>
          {dot}
          {typing}
        </span>
      )}
      {state === 'elsewhere' && (
        <span>
          {dot}
          <button type="button" className="link-button" onClick={onActivate}>
            {off}
          </button>
        </span>
      )}
      {/* The state changes as a click on Previous takes the focus from the notes: the footer must
          keep its size, or the buttons move between press and release and the click is lost.
          So the widest labels always reserve their room. */}
      <span className="keys-reserve" aria-hidden="true">
        {dot}
        {typing}
      </span>
      <span className="keys-reserve" aria-hidden="true">
        {dot}
        {off}
      </span>
    </span>
  );
}
