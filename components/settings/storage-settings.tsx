import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { formatBytes, isProtected, requestPersistentStorage, type StorageState } from '@/lib/storage/persistent-storage';

const hasUnlimitedStorage = () => browser.permissions.contains({ permissions: ['unlimitedStorage'] });

/**
 * Whether the browser may clear the interviews when the disk runs low, and how much space they
 * take. Opening it asks for persistent storage again if the browser has not granted it.
 */
export function StorageSettings() {
  const [state, setState] = useState<StorageState | 'failed'>();
  const ask = () => requestPersistentStorage(undefined, hasUnlimitedStorage).then(setState, () => setState('failed'));

  useEffect(() => void ask(), []);

  return (
    <fieldset className="storage-settings">
      <legend>Storage</legend>
      {state === undefined && <p>Checking storage…</p>}
      {state === 'failed' && <p role="alert">The browser did not say how it keeps this extension's data.</p>}
      {state !== undefined && state !== 'failed' && (
        <>
          <p role="status">
            {isProtected(state)
              ? 'Kept: the browser does not delete your interviews when the disk runs low.'
              : 'Not protected: the browser may delete your interviews when the disk runs low. Keep a backup.'}
          </p>
          <p className="hint">
            Unlimited storage: {state.unlimited ? 'granted' : 'not granted'}. Persistent storage:{' '}
            {state.persisted ? 'granted' : 'not granted'}.
          </p>
          {state.usage !== undefined && (
            <p>
              Space used: {formatBytes(state.usage)}
              {state.quota ? ` of ${formatBytes(state.quota)} available to the extension` : ''}.
            </p>
          )}
          {!isProtected(state) && (
            <button type="button" onClick={() => void ask()}>
              Ask the browser again
            </button>
          )}
        </>
      )}
      <p className="hint">Uninstalling the extension deletes every interview with it: download a backup first.</p>
    </fieldset>
  );
}
