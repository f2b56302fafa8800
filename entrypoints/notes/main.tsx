import { render } from 'preact';
import { NotesLibrary } from '../../components/notes/NotesLibrary';
import { CouncilLensDatabase } from '../../lib/db/database';
import { describeStorageError } from '../../lib/notes/errors';
import { exportNotesJson, exportNotesMarkdown, importNotesJson } from '../../lib/notes/exchange';
import { createNotesStore, purgeDeletedNotes } from '../../lib/notes/store';
import { recordPagePath } from '../../lib/protocol';
import '../../components/shared/extension-page.css';
import './style.css';

// An extension page lives in the extension's origin, so it opens the same database as the background.
const app = document.getElementById('app') as HTMLElement;
const showProblem = (problem: unknown) => render(<p role="alert">{describeStorageError(problem)}</p>, app);

const db = new CouncilLensDatabase();
db.on('blocked', showProblem);

try {
  await db.open();
  await purgeDeletedNotes(db);
  const names = new Map(
    (await db.authorities.toArray()).map((authority) => [authority.code, authority.name]),
  );
  render(
    <NotesLibrary
      store={createNotesStore(db)}
      exchange={{
        exportJson: () => exportNotesJson(db),
        exportMarkdown: () => exportNotesMarkdown(db, (code) => names.get(code) ?? code),
        importJson: (text) => importNotesJson(db, text),
      }}
      councilName={(code) => names.get(code) ?? code}
      recordHref={(code) => (names.has(code) ? recordPagePath(code) : undefined)}
    />,
    app,
  );
} catch (problem) {
  showProblem(problem);
}
