import Dexie, { type EntityTable } from 'dexie';
import type { Authority, Inspection } from '../pack/schema';
import type { ArticleRecord, CommitmentRecord, MetaRecord, NoteRecord } from './records';

export const DATABASE_NAME = 'council-lens';

/**
 * The extension's database. It lives in the extension's own origin (background and extension pages);
 * content scripts never open it, because their IndexedDB would be the web page's.
 *
 * Versions only ever get added: each later version states its changed stores and an upgrade function,
 * and tests open a database written by every earlier version (tests/unit/db).
 */
export class CouncilLensDatabase extends Dexie {
  authorities!: EntityTable<Authority, 'code'>;
  inspections!: EntityTable<Inspection, 'id'>;
  commitments!: EntityTable<CommitmentRecord, 'id'>;
  notes!: EntityTable<NoteRecord, 'id'>;
  articles!: EntityTable<ArticleRecord, 'url'>;
  meta!: EntityTable<MetaRecord, 'key'>;

  constructor(name = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      authorities: '&code, shortName, *formerCodes',
      inspections: '&id, authority, publishedDate',
      commitments: '&id, authority, articleUrl, publishedDate',
      notes: '&id, articleUrl, *authorities, updatedAt',
      articles: '&url, *authorities, lastSeenAt',
      meta: '&key',
    });
  }
}
