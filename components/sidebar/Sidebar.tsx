import { type ComponentChildren, Fragment } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PackMeta } from '../../lib/pack/schema';
import type { CouncilRecord } from '../../lib/record/record';
import { formatDate } from '../shared/format';
import { JudgementBadge } from '../shared/JudgementBadge';
import { InspectionList, recordSources } from './InspectionList';
import { Timeline, type TimelineMarker } from './Timeline';

export interface SidebarProps {
  record: CouncilRecord;
  meta: PackMeta;
  /** Every council the article mentions, to switch between them. */
  councils: { code: string; shortName: string }[];
  onSelect(code: string): void;
  /** Absent where the record has a page of its own, with nothing to close. */
  onClose?: () => void;
  /** False while the page holds the sidebar out of sight, ready for a click: it takes focus once shown. */
  onScreen?: boolean;
  commitmentMarkers?: TimelineMarker[];
  commitmentsSlot?: ComponentChildren;
  notesSlot?: ComponentChildren;
  /** Saves the record as a file for the reader; resolves to the file's name. */
  onSave?: () => Promise<string>;
  /** The record on a page of its own, for more room than the sidebar's; absent on that page itself. */
  pageOfItsOwn?: string;
}

export function Sidebar({
  record,
  meta,
  councils,
  onSelect,
  onClose,
  onScreen = true,
  commitmentMarkers,
  commitmentsSlot,
  notesSlot,
  onSave,
  pageOfItsOwn,
}: SidebarProps) {
  const { authority, responsible, inspections, successors } = record;
  const heading = useRef<HTMLHeadingElement>(null);
  const [saved, setSaved] = useState<{ file: string } | { problem: string } | null>(null);
  const save = () =>
    onSave?.().then(
      (file) => setSaved({ file }),
      (error: Error) => setSaved({ problem: error.message }),
    );
  const header = useRef<HTMLElement>(null);
  // The sticky header hides what Shift+Tab focuses just above the fold: the browser scrolls it to the
  // viewport's top edge, under the header (WCAG 2.4.11). Once it has scrolled, move it clear.
  useEffect(() => {
    const keepClearOfHeader = (event: FocusEvent) => {
      const target = event.target;
      if (!(target instanceof Element) || header.current?.contains(target)) return;
      requestAnimationFrame(() => {
        const overlap =
          (header.current?.getBoundingClientRect().bottom ?? 0) - target.getBoundingClientRect().top;
        if (overlap > 0) window.scrollBy(0, -(overlap + 8));
      });
    };
    document.addEventListener('focusin', keepClearOfHeader);
    return () => document.removeEventListener('focusin', keepClearOfHeader);
  }, []);
  useEffect(() => {
    if (onScreen) heading.current?.focus();
  }, [authority.code, onScreen]);
  const inspected = responsible.kind === 'inspectorate' ? null : responsible.authority;
  const councilPage =
    inspected?.childrensServices.kind === 'self' ? inspected.childrensServices.ofstedUrl : undefined;

  return (
    <main class="sidebar">
      <header class="sidebar__header" ref={header}>
        <div class="sidebar__title">
          <h1 tabIndex={-1} ref={heading}>
            {authority.name}
          </h1>
          <p class="muted">
            {authority.type}
            {authority.region ? ` · ${authority.region}` : ''} · {authority.nation}
          </p>
        </div>
        {onClose && (
          <button type="button" class="sidebar__close" onClick={onClose} aria-label="Close Council Lens">
            ✕
          </button>
        )}
        {/* After Close in the header, on a line of its own: from the heading, Tab reaches Close first. */}
        {onSave && (
          <p class="sidebar__save">
            {pageOfItsOwn && (
              <>
                <a href={pageOfItsOwn} target="_blank" rel="noopener">
                  Open in a tab
                </a>
                {' · '}
              </>
            )}
            <button type="button" class="link" onClick={save}>
              Save this record
            </button>
            {/* Said once saved: the browser's download shelf is easy to miss, and a screen reader hears this. */}
            <span role="status" class={saved && 'file' in saved ? 'muted' : undefined}>
              {saved &&
                ('file' in saved ? ` Saved as ${saved.file}` : ` Could not save it: ${saved.problem}`)}
            </span>
          </p>
        )}
      </header>

      {councils.length > 1 && (
        <nav class="switcher" aria-label="Councils in this article">
          {councils.map((council) => (
            <button
              type="button"
              key={council.code}
              aria-current={council.code === authority.code ? 'true' : undefined}
              onClick={() => onSelect(council.code)}
            >
              {council.shortName}
            </button>
          ))}
        </nav>
      )}

      {authority.ended && (
        // Old stories name councils since abolished: their record is final, and the reader may want the new one.
        <p class="notice" data-testid="ended">
          This council no longer exists: it ended on {formatDate(authority.ended.date)}.
          {successors.length > 0 && (
            <>
              {' '}
              Its area is now served by{' '}
              {successors.map((successor, index) => (
                <Fragment key={successor.code}>
                  {index > 0 && (index === successors.length - 1 ? ' and ' : ', ')}
                  <button type="button" class="link" onClick={() => onSelect(successor.code)}>
                    {successor.name}
                  </button>
                </Fragment>
              ))}
              .
            </>
          )}
        </p>
      )}
      {responsible.kind === 'county' && (
        <p class="notice">
          Children's services here are run by{' '}
          <button type="button" class="link" onClick={() => onSelect(responsible.authority.code)}>
            {responsible.authority.name}
          </button>
          . The record below is theirs.
        </p>
      )}
      {responsible.kind === 'inspectorate' ? (
        <section class="notice">
          {responsible.runBy ? (
            // Northern Ireland: not the council's services at all, so not its record either.
            <p>
              Councils in {authority.nation} do not run children's services: they are run by{' '}
              {responsible.runBy} and inspected by{' '}
              <a href={responsible.url} target="_blank" rel="noreferrer">
                {responsible.name}
              </a>
              , not Ofsted. Council Lens does not yet hold its reports.
            </p>
          ) : (
            <p>
              Ofsted does not inspect children's services in {authority.nation}. They are inspected by{' '}
              <a href={responsible.url} target="_blank" rel="noreferrer">
                {responsible.name}
              </a>
              , whose reports Council Lens does not yet hold.
            </p>
          )}
        </section>
      ) : (
        <section aria-labelledby="history-heading">
          <h2 id="history-heading">Ofsted inspections</h2>
          {record.trend && <p class="trend">{record.trend}</p>}
          <Timeline inspections={inspections} commitments={commitmentMarkers} />
          {inspections.length === 0 ? (
            <p>No inspection on record in these files.</p>
          ) : (
            <InspectionList inspections={inspections} meta={meta} councilPage={councilPage} />
          )}
        </section>
      )}

      <section aria-labelledby="commitments-heading">
        <h2 id="commitments-heading">Stated commitments</h2>
        {commitmentsSlot ?? <p class="muted">None captured yet from the articles you have read.</p>}
      </section>

      {/* Not a labelled region itself: the notes panel is one, named "Your notes". */}
      <div>
        <h2>Your notes</h2>
        {notesSlot ?? <p class="muted">Notes are not available here.</p>}
      </div>

      {inspected && (
        <section aria-labelledby="context-heading">
          <h2 id="context-heading">In context</h2>
          <p>
            Latest inspection of each of England's {record.nationalTotal} children's services authorities:
          </p>
          <ul class="spread">
            {record.nationalSpread.map(({ judgement, count }) => (
              <li key={judgement}>
                <JudgementBadge judgement={judgement} small /> {count} of {record.nationalTotal}
              </li>
            ))}
            {/* Counted apart: a report card has no overall grade, and the grade before it is not the latest. */}
            {record.nationalReportCards > 0 && (
              <li>
                <JudgementBadge small /> (report card) {record.nationalReportCards} of {record.nationalTotal}
              </li>
            )}
          </ul>
          {record.neighbours.length > 0 && (
            <>
              <h3>Statistical neighbours</h3>
              <ul class="neighbours">
                {record.neighbours.map(({ authority: neighbour, judgement, reportCard, grades, date }) => (
                  <li key={neighbour.code}>
                    <button type="button" class="link" onClick={() => onSelect(neighbour.code)}>
                      {neighbour.shortName}
                    </button>{' '}
                    {judgement || reportCard ? (
                      <JudgementBadge judgement={judgement} small />
                    ) : (
                      <span class="muted">no judgement on record</span>
                    )}
                    {date && (
                      <span class="muted">
                        {' '}
                        {reportCard ? `report card ${date.slice(0, 4)}` : date.slice(0, 4)}
                        {grades ? ` (${grades})` : ''}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}

      <section aria-labelledby="sources-heading" class="sources">
        <h2 id="sources-heading">Sources</h2>
        <ul>
          {recordSources(inspections, meta).map((source) => (
            <li key={source.id}>
              {source.url ? (
                <a href={source.url} target="_blank" rel="noreferrer">
                  {source.title}
                </a>
              ) : (
                source.title
              )}
              . {source.publisher}
              {source.published ? `, ${formatDate(source.published)}` : ''}. {source.licence}.
              {!source.official && ' Unofficial.'}
            </li>
          ))}
        </ul>
        {/* The gaps are all in England's Ofsted files, which hold nothing on the other nations' councils. */}
        {inspected && (
          <>
            <h3>Known gaps</h3>
            <ul>
              {meta.knownGaps.map((gap) => (
                <li key={gap}>{gap}</li>
              ))}
            </ul>
          </>
        )}
        <p class="muted">Data version {meta.version}.</p>
      </section>
    </main>
  );
}
