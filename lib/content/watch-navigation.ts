/**
 * Calls `onChange` after every same-document navigation (Meet moves from its landing page into a
 * call with history.pushState). Uses the Navigation API's events, so nothing polls while idle;
 * popstate covers back/forward where that API is missing. Returns a function that stops watching.
 */
export function watchNavigation(onChange: () => void, win: Window = window): () => void {
  const navigation = (win as Window & { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('currententrychange', onChange);
  win.addEventListener('popstate', onChange);
  return () => {
    navigation?.removeEventListener('currententrychange', onChange);
    win.removeEventListener('popstate', onChange);
  };
}
