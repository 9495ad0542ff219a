import type { OpenTabInterviewResult } from '../messaging/protocol';
import { readAppearance } from '../settings/appearance';
import { readLayout } from '../settings/sidebar-layout';
import { startFrameDock } from './frame-dock';
import type { PageLink } from './page-link';

/**
 * Starts the frame's dock once the boot answer names the call's platform: with the
 * layout and appearance of that answer when it brought them (the interview), else read (the chooser).
 */
export async function dockWhenBooted(boot: Promise<OpenTabInterviewResult>, page: PageLink): Promise<void> {
  const [answer, first] = await Promise.all([boot, page.first]);
  if (!first || (answer.status !== 'ready' && answer.status !== 'choose')) return;
  const platform = answer.status === 'ready' ? answer.session.platform : answer.platform;
  const [layout, appearance] =
    answer.status === 'ready' ? [answer.layout, answer.appearance] : await Promise.all([readLayout(platform), readAppearance()]);
  startFrameDock({ platform, layout, appearance, page: first, link: page });
}
