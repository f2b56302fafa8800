import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Explicit imports everywhere: a reader of any file can see where each name comes from.
export default defineConfig({
  imports: false,
  // Manifest V3 for both browsers: one permission model, and scripting.registerContentScripts for the
  // sites a reader turns on.
  manifestVersion: 3,
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Council Lens',
    description:
      "Marks English councils in UK news stories and shows their Ofsted children's services record, the promises they made, and your notes.",
    // activeTab: a click on the toolbar button lets the popup read the tab's address, so it can say which
    // site it is switching; without it Chromium hides tab.url and the switch never showed (a review's
    // finding). It adds no install warning.
    permissions: ['storage', 'scripting', 'activeTab'],
    // The listed news sites are matched by the content script itself; every other site only when
    // the reader turns it on from the popup (see lib/sites.ts and lib/site-settings.ts).
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // The sidebar is an extension page shown in an iframe on news pages (see README: Isolation).
    web_accessible_resources: [{ resources: ['sidebar.html'], matches: ['https://*/*', 'http://*/*'] }],
    browser_specific_settings: {
      gecko: {
        id: 'council-lens@council-lens.org',
        // 140 is the ESR Debian ships (and CI installs): the first desktop Firefox that reads
        // data_collection_permissions. Firefox for Android reads it from 142.
        strict_min_version: '140.0',
        // Firefox asks extensions to declare what they collect; Council Lens collects nothing.
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  },
});
