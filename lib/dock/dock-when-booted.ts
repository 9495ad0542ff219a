import type { InPageBootResult } from '../messaging/protocol';
import { readAppearance } from '../settings/appearance';
import { readLayout } from '../settings/sidebar-layout';
import type { PageEvent } from './dock-protocol';
import { startFrameDock } from './frame-dock';

/**
 * Starts the frame's dock once the boot answer names the tab and the call's platform: with the
 * layout and appearance of that answer when it brought them (the interview), else read (the chooser).
 */
export async function dockWhenBooted(
  boot: Promise<InPageBootResult>,
  page: { first: Promise<PageEvent | null>; onPageEvent: (listener: (event: PageEvent) => void) => void },
): Promise<void> {
  const [answer, first] = await Promise.all([boot, page.first]);
  if (!first || answer.tabId === undefined || (answer.status !== 'ready' && answer.status !== 'choose')) return;
  const platform = answer.status === 'ready' ? answer.session.platform : answer.platform;
  const [layout, appearance] =
    answer.status === 'ready' ? [answer.layout, answer.appearance] : await Promise.all([readLayout(platform), readAppearance()]);
  startFrameDock({ tabId: answer.tabId, platform, secret: first.secret, layout, appearance, page: first, onPageEvent: page.onPageEvent });
}
