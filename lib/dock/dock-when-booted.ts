import type { OpenTabInterviewResult } from '../messaging/protocol';
import { startFrameDock } from './frame-dock';
import type { PageLink } from './page-link';

/**
 * Starts the frame's dock once the boot answer names the call's platform, with the layout and
 * appearance that answer brings.
 */
export async function dockWhenBooted(boot: Promise<OpenTabInterviewResult>, page: PageLink): Promise<void> {
  const [answer, first] = await Promise.all([boot, page.first]);
  if (!first || (answer.status !== 'ready' && answer.status !== 'choose')) return;
  const platform = answer.status === 'ready' ? answer.session.platform : answer.platform;
  startFrameDock({ platform, layout: answer.layout, appearance: answer.appearance, page: first, link: page });
}
