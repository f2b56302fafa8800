import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ProtocolMap } from '../lib/protocol';

/** Typed runtime messaging between content scripts, extension pages and the background. */
export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
