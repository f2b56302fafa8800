import { defineContentScript } from 'wxt/utils/define-content-script';
import { detectArticle } from '../../lib/article/detect';
import { isSiteOn, siteOf } from '../../lib/site-settings';
import { NEWS_SITE_MATCHES } from '../../lib/sites';
import { onMessage } from '../../utils/messaging';
import { loadSiteSettings } from '../../utils/site-settings-store';
import { startPageSession } from './page-session';
import '../../components/shared/badge.css';
import './style.css';

export default defineContentScript({
  matches: NEWS_SITE_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    // Answered even where the reader switched the site off: the popup needs the address to switch it on.
    ctx.onInvalidated(onMessage('pageAddress', () => location.href));
    const site = siteOf(location.href);
    if (!site || !isSiteOn(await loadSiteSettings(), site)) return;

    let stop: (() => void) | undefined;
    const start = async () => {
      stop?.();
      stop = undefined;
      const article = detectArticle(document, location.href);
      if (article) stop = await startPageSession(ctx, article, site);
    };
    // Single-page sites change the article without a page load.
    ctx.addEventListener(window, 'wxt:locationchange', () => void start());
    ctx.onInvalidated(() => stop?.());
    await start();
  },
});
