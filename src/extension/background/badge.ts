/** Per-tab toolbar state: a coloured icon, a badge and a tooltip on pages that look like articles. */
import browser from '../browser';
import { tryT } from '../i18n';

const iconSet = (name: 'icon' | 'icon-idle') =>
  Object.fromEntries([16, 32, 48, 128].map((size) => [String(size), `icons/${name}-${size}.png`]));

export const ARTICLE_BADGE = '✓';

export async function showDetection(tabId: number, isArticle: boolean): Promise<void> {
  const action = browser.action;
  const title = isArticle
    ? tryT('badgeArticle') || 'Lucid Reader: article detected'
    : tryT('badgeNone') || tryT('extName') || 'Lucid Reader';
  await Promise.all([
    action.setIcon({ tabId, path: iconSet(isArticle ? 'icon' : 'icon-idle') }),
    action.setBadgeText({ tabId, text: isArticle ? ARTICLE_BADGE : '' }),
    action.setTitle({ tabId, title }),
    isArticle ? action.setBadgeBackgroundColor({ tabId, color: '#2563eb' }) : Promise.resolve(),
  ]).catch(() => {
    // The tab closed or navigated between the message and now: nothing to show.
  });
}

export function clearDetection(tabId: number): Promise<void> {
  return showDetection(tabId, false);
}
