// fake-indexeddb gives Dexie a spec-complete IndexedDB in Node; each test file gets a fresh one.
import 'fake-indexeddb/auto';
