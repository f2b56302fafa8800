import type { NotesCall, RemoteNoteMethods } from '../lib/protocol';
import { sendMessage } from './messaging';

const call = <K extends keyof RemoteNoteMethods>(method: K) =>
  ((...args: Parameters<RemoteNoteMethods[K]>) =>
    sendMessage('notes', { method, args } as NotesCall)) as unknown as RemoteNoteMethods[K];

/** The notes store, served by the background: for pages that may not open the database themselves. */
export const remoteNotes: RemoteNoteMethods = {
  forArticle: call('forArticle'),
  forAuthorities: call('forAuthorities'),
  create: call('create'),
  updateText: call('updateText'),
  remove: call('remove'),
  restore: call('restore'),
};
