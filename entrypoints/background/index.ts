import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { CouncilLensDatabase } from '../../lib/db/database';
import { PACK_VERSION_KEY } from '../../lib/db/seed';
import { createNotesStore, purgeDeletedNotes } from '../../lib/notes/store';
import type { RemoteNoteMethods } from '../../lib/protocol';
import { createService } from '../../lib/service';
import { onMessage } from '../../utils/messaging';
import { loadSiteSettings, onSiteSettingsChanged } from '../../utils/site-settings-store';
import { syncReaderSites } from './reader-sites';

const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';

export default defineBackground({
  type: 'module',
  main() {
    const db = new CouncilLensDatabase();
    const service = createService(db, browser.runtime.getManifest().version);

    // Seed from the bundled pack on install and update (never over newer data the reader refreshed), and
    // at start-up when an earlier seed never finished. A service worker starts often: the usual start
    // only reads one meta row instead of parsing the whole pack.
    const seedBundledPack = async () => {
      const response = await fetch(browser.runtime.getURL('/data/pack.json'));
      const outcome = await service.seedBundled(await response.json());
      console.info(`Council Lens: bundled data pack ${outcome.seeded ? 'seeded' : 'not needed'}`);
    };
    const reportSeedError = (error: unknown) =>
      console.error('Council Lens: could not seed the data pack', error);
    browser.runtime.onInstalled.addListener(() => void seedBundledPack().catch(reportSeedError));
    const seeded = db.meta
      .get(PACK_VERSION_KEY)
      .then((version) => (version ? undefined : seedBundledPack()))
      .catch(reportSeedError);

    onMessage('ping', () => service.ping());
    onMessage('getPackInfo', async () => {
      await seeded;
      return service.getPackInfo();
    });
    onMessage('recordArticle', ({ data }) => service.recordArticle(data));
    onMessage('getArticle', ({ data }) => service.getArticle(data));
    onMessage('getNameIndex', async () => {
      await seeded;
      return service.getNameIndex();
    });
    onMessage('describeAuthorities', async ({ data }) => {
      await seeded;
      return service.describeAuthorities(data);
    });

    onMessage('findCouncils', async ({ data }) => {
      await seeded;
      return service.findCouncils(data);
    });
    onMessage('getCouncilRecord', async ({ data }) => {
      await seeded;
      return service.getCouncilRecord(data);
    });
    onMessage('getDataSettings', async () => {
      await seeded;
      return service.getDataSettings();
    });
    onMessage('setRefreshUrl', ({ data }) => service.setRefreshUrl(data));
    onMessage('refreshPack', () => service.refreshPack());
    onMessage('saveStatements', ({ data }) => service.saveStatements(data));
    onMessage('listCommitments', ({ data }) => service.listCommitments(data));
    onMessage('setCommitmentStatus', ({ data }) => service.setCommitmentStatus(data));
    onMessage('editCommitment', ({ data }) => service.editCommitment(data));
    onMessage('addCommitment', ({ data }) => service.addCommitment(data));

    const notes = createNotesStore(db);
    onMessage('notes', ({ data }) =>
      (notes[data.method] as (...args: unknown[]) => ReturnType<RemoteNoteMethods[typeof data.method]>)(
        ...data.args,
      ),
    );
    void purgeDeletedNotes(db);

    void loadSiteSettings().then((settings) => syncReaderSites(settings, CONTENT_SCRIPT_FILE));
    onSiteSettingsChanged((settings) => void syncReaderSites(settings, CONTENT_SCRIPT_FILE));
  },
});
