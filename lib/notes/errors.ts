/**
 * What to tell the reader when the database fails. A note is the one thing only the reader can
 * recreate, so a failed save must be visible, say why, and say what to do.
 */

const MESSAGES: Record<string, string> = {
  QuotaExceededError:
    'Your browser has run out of storage space for Council Lens, so this was not saved. Free some disk space or clear data other sites keep, then try again.',
  VersionError:
    'Your notes were saved by a newer version of Council Lens than this one. Update the extension to open them; they have not been changed.',
  VersionChangeError:
    'Council Lens was updated while this page was open. Reload the page to carry on; everything already saved is safe.',
  DatabaseClosedError:
    'Council Lens lost its connection to your notes, usually because the extension was updated or restarted. Reload the page to carry on; everything already saved is safe.',
  MissingAPIError:
    'This browser window does not let Council Lens store anything (private browsing can do this), so notes cannot be saved here.',
  MissingNoteError: 'This note no longer exists. It may have been deleted in another window.',
};

const BLOCKED_MESSAGE =
  'Council Lens needs to update how your notes are stored, but another tab still has them open. Close other tabs showing Council Lens pages (the notes library, sidebars), then reload this one.';

const FALLBACK_MESSAGE =
  'Council Lens could not read or save your notes. Try again; if it keeps happening, restart the browser.';

/**
 * A reader-facing sentence for a storage failure. Accepts Dexie errors (which wrap the browser's error
 * in `inner`), DOMExceptions, errors that lost their class crossing extension messaging, and the
 * `blocked` event Dexie fires when an upgrade waits for other tabs to close the database.
 */
export function describeStorageError(error: unknown): string {
  if (isBlockedEvent(error)) return BLOCKED_MESSAGE;
  for (const name of errorNames(error)) {
    const message = MESSAGES[name];
    if (message) return message;
  }
  return FALLBACK_MESSAGE;
}

function isBlockedEvent(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { type?: unknown }).type === 'blocked';
}

/** The names along the chain of wrapped errors, and any known name its messages mention. */
function errorNames(error: unknown): string[] {
  const names: string[] = [];
  let current = error;
  for (let depth = 0; current !== null && current !== undefined && depth < 5; depth++) {
    const { name, message, inner } = (typeof current === 'string' ? { message: current } : current) as {
      name?: unknown;
      message?: unknown;
      inner?: unknown;
    };
    if (typeof name === 'string') names.push(name);
    if (typeof message === 'string') {
      names.push(...Object.keys(MESSAGES).filter((known) => message.includes(known)));
      // Chrome sometimes reports a full disk only as an abort whose message mentions the quota.
      if (/quota/i.test(message)) names.push('QuotaExceededError');
    }
    current = inner;
  }
  return names;
}
