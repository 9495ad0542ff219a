import { useEffect, useState } from 'react';

/** A setting from extension storage, kept current while mounted; `initial` (or undefined) until first read. */
export function useStoredSetting<T>(
  read: () => Promise<T>,
  watch: (onChange: (value: T) => void) => () => void,
  deps: readonly unknown[],
  initial?: T,
): T | undefined {
  const [value, setValue] = useState<T | undefined>(initial);
  useEffect(() => {
    let live = true;
    void read().then((v) => live && setValue(v));
    const stop = watch((v) => live && setValue(v));
    return () => {
      live = false;
      stop();
    };
    // The caller names what read and watch depend on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return value;
}
