import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { NEWS_SITE_MATCHES } from './lib/sites';

// Explicit imports everywhere: a reader of any file can see where each name comes from.
export default defineConfig({
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Council Lens',
    description:
      "Marks English councils in UK news stories and shows their Ofsted children's services record, the promises they made, and your notes.",
    permissions: ['storage'],
    // The listed news sites are matched by the content script itself; every other site only when
    // the reader turns it on from the popup (see lib/sites.ts).
    ...(browser === 'firefox'
      ? { optional_permissions: ['<all_urls>'] }
      : { optional_host_permissions: ['https://*/*', 'http://*/*'] }),
    web_accessible_resources:
      browser === 'firefox'
        ? (['sidebar.html'] as unknown as never)
        : [{ resources: ['sidebar.html'], matches: ['<all_urls>'] }],
    browser_specific_settings: {
      gecko: {
        id: 'council-lens@council-lens.org',
        strict_min_version: '140.0',
        // Firefox asks extensions to declare what they collect; Council Lens collects nothing.
        data_collection_permissions: { required: ['none'] },
      },
    },
  }),
});
