import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/popup/Popup';
import { recordPagePath } from '../../lib/protocol';
import { isSiteOn, matchPatternsFor, siteOf, withSite } from '../../lib/site-settings';
import { isListedNewsSite } from '../../lib/sites';
import { sendMessage } from '../../utils/messaging';
import { loadSiteSettings, saveSiteSettings } from '../../utils/site-settings-store';
import '../../components/shared/extension-page.css';
import './style.css';

const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
/**
 * The tab's address: given with activeTab when the reader clicked the toolbar button; opened otherwise
 * (`action.openPopup()`, as the browser test does) the page's content script tells it, on the listed sites.
 */
async function tabAddress(): Promise<string | undefined> {
  if (tab?.url || tab?.id === undefined) return tab?.url;
  return sendMessage('pageAddress', undefined, tab.id).catch(() => undefined);
}
const address = await tabAddress();
const site = address ? siteOf(address) : null;

async function setSiteOn(target: string, on: boolean): Promise<boolean> {
  // The permission prompt must come straight from the reader's click, before any other await.
  if (on && !isListedNewsSite(target)) {
    const granted = await browser.permissions.request({ origins: matchPatternsFor([target]) });
    if (!granted) return false;
  }
  await saveSiteSettings(withSite(await loadSiteSettings(), target, on));
  return true;
}

render(
  <Popup
    site={site}
    loadPackInfo={() => sendMessage('getPackInfo')}
    isSiteOn={async (target) => isSiteOn(await loadSiteSettings(), target)}
    setSiteOn={setSiteOn}
    openNotesLibrary={() => void browser.tabs.create({ url: browser.runtime.getURL('/notes.html') })}
    openDataSettings={() => void browser.runtime.openOptionsPage()}
    findCouncils={(query) => sendMessage('findCouncils', query)}
    openRecord={(code) =>
      void browser.tabs.create({ url: browser.runtime.getURL(`/${recordPagePath(code)}`) })
    }
  />,
  document.getElementById('app') as HTMLElement,
);
