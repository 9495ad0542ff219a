import { browser } from 'wxt/browser';

/** Opens the kit library (the dashboard page) in its own tab, away from the call. */
export function KitLibraryLink() {
  return (
    <a className="kit-library-link" href={browser.runtime.getURL('/dashboard.html')} target="_blank" rel="noreferrer">
      Kit library
    </a>
  );
}
