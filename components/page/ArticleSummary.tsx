import type { AuthoritySummary } from '../../lib/authority-summary';
import { JudgementBadge } from '../shared/JudgementBadge';

export interface ArticleCouncil {
  summary: AuthoritySummary;
  mentions: number;
  /** "The council", "the authority" after the name, in an article about one council. */
  references: number;
}

export interface ArticleSummaryProps {
  councils: ArticleCouncil[];
  collapsed: boolean;
  /** At the end of the page the folded summary moves to the top corner on a narrow screen (style.css). */
  atPageEnd?: boolean;
  onToggle(): void;
  onOpen(code: string): void;
  onPrepare(code: string): void;
}

/**
 * "2 mentions", or "2 mentions by name, 1 more as "the council"": the references are counted apart
 * from the names (lib/match/anaphora.ts), so they are extra, never part of the first number.
 */
function mentionCount(mentions: number, references: number): string {
  const named = `${mentions} ${mentions === 1 ? 'mention' : 'mentions'}`;
  return references > 0 ? `${named} by name, ${references} more as "the council"` : named;
}

/** A small panel in the corner: which councils the article names and each one's latest judgement. */
export function ArticleSummary({
  councils,
  collapsed,
  atPageEnd,
  onToggle,
  onOpen,
  onPrepare,
}: ArticleSummaryProps) {
  const count = `${councils.length} ${councils.length === 1 ? 'council' : 'councils'}`;
  const modifiers = `${collapsed ? ' summary--collapsed' : ''}${atPageEnd ? ' summary--at-end' : ''}`;
  return (
    <aside class={`summary${modifiers}`} aria-label="Council Lens">
      <button type="button" class="summary__toggle" aria-expanded={!collapsed} onClick={onToggle}>
        <span class="summary__logo" aria-hidden="true">
          ◉
        </span>{' '}
        <span class="summary__label">Council Lens · {count} in this article</span>
        {/* Shown instead of the label when folded on a narrow screen (style.css): the name stays the label's. */}
        <span class="summary__badge" aria-hidden="true">
          {councils.length}
        </span>
      </button>
      {!collapsed && (
        <ul class="summary__list">
          {councils.map(({ summary, mentions, references }) => (
            <li key={summary.code}>
              <button
                type="button"
                class="summary__council"
                onClick={() => onOpen(summary.code)}
                onPointerEnter={() => onPrepare(summary.code)}
                onFocus={() => onPrepare(summary.code)}
              >
                <span class="summary__name">{summary.shortName}</span>
                <span class="summary__count">{mentionCount(mentions, references)}</span>
                {summary.ended && (
                  <span class="summary__note">No longer exists: ended in {summary.ended.slice(0, 4)}</span>
                )}
                {summary.responsible?.kind === 'county' && (
                  <span class="summary__note">Children's services run by {summary.responsible.name}</span>
                )}
                {summary.responsible?.kind === 'inspectorate' ? (
                  <>
                    {summary.responsible.runBy && (
                      <span class="summary__note">
                        Children's services run by {summary.responsible.runBy}, not the council
                      </span>
                    )}
                    <span class="summary__note">Inspected by {summary.responsible.name}</span>
                  </>
                ) : summary.latest ? (
                  <>
                    <JudgementBadge judgement={summary.latest.judgement} small />
                    {summary.latest.grades && (
                      <span class="summary__note">Report card: {summary.latest.grades}</span>
                    )}
                  </>
                ) : (
                  <span class="summary__note">No inspection on record</span>
                )}
              </button>
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
