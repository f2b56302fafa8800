import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PageHost } from '../../components/page/PageHost';
import { isSiteOn, siteOf } from '../../lib/site-settings';
import { NEWS_SITE_MATCHES } from '../../lib/sites';
import { sendMessage } from '../../utils/messaging';
import { loadSiteSettings } from '../../utils/site-settings-store';
import './style.css';

export default defineContentScript({
  matches: NEWS_SITE_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    const site = siteOf(location.href);
    if (!site || !isSiteOn(await loadSiteSettings(), site)) return;

    const article = document.querySelector('article') ?? document.querySelector('main');
    if (!article) return;
    const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
    void sendMessage('recordArticle', { url: canonical, headline: document.title, authorities: [] });

    // One shadow-root host for everything Council Lens draws on the page, so page CSS cannot restyle it
    // and its CSS cannot leak into the page.
    const ui = await createShadowRootUi(ctx, {
      name: 'council-lens-ui',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount(container) {
        render(<PageHost />, container);
        return container;
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });
    ui.mount();
  },
});
