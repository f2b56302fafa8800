import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { describeStorageError } from '../../../lib/notes/errors';
import { MissingNoteError } from '../../../lib/notes/store';

describe('storage errors the reader sees', () => {
  it('explains a full disk, however the browser reports it', () => {
    const fromBrowser = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const wrappedByDexie = new Dexie.AbortError('Transaction aborted', fromBrowser);
    const acrossMessaging = { message: 'QuotaExceededError: The quota has been exceeded.' };
    for (const error of [fromBrowser, wrappedByDexie, acrossMessaging]) {
      expect(describeStorageError(error)).toMatch(/run out of storage space/);
    }
  });

  it('explains a database written by a newer version, and one closed by an update', () => {
    expect(describeStorageError(new DOMException('Version too low', 'VersionError'))).toMatch(
      /newer version of Council Lens/,
    );
    expect(describeStorageError(new Dexie.VersionChangeError('closed'))).toMatch(/updated while this page/);
    expect(describeStorageError(new Dexie.DatabaseClosedError())).toMatch(/Reload the page/);
  });

  it('explains an upgrade blocked by another open tab', () => {
    expect(describeStorageError(new Event('blocked'))).toMatch(/another tab still has them open/);
  });

  it('explains a note deleted elsewhere and has a plain fallback for anything else', () => {
    expect(describeStorageError(new MissingNoteError('n1'))).toMatch(/no longer exists/);
    expect(describeStorageError(new Error('something odd'))).toMatch(/could not read or save your notes/);
    expect(describeStorageError(undefined)).toMatch(/could not read or save your notes/);
  });
});
