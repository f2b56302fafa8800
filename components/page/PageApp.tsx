import type { AuthoritySummary } from '../../lib/authority-summary';
import { type ArticleCouncil, ArticleSummary } from './ArticleSummary';
import { HoverCard } from './HoverCard';

export interface PageAppProps {
  councils: ArticleCouncil[];
  collapsed: boolean;
  card: { summary: AuthoritySummary; position: { top: number; left: number } } | null;
  /** The reader has scrolled to the end of the page, where the folded summary would cover its last words. */
  atPageEnd?: boolean;
  onToggleCollapsed(): void;
  /**
   * Open this council's history, asked for from the summary or from the hover card: the page hands focus
   * back to what opened it when the sidebar closes (the summary's button, or the mark whose card it was).
   */
  onOpen(code: string, from: 'summary' | 'card'): void;
  /** The reader points at or focuses a way to open this council's history: load it ahead of the click. */
  onPrepare(code: string): void;
}

/** Everything Council Lens draws over a news page, inside its shadow root. */
export function PageApp({
  councils,
  collapsed,
  card,
  atPageEnd,
  onToggleCollapsed,
  onOpen,
  onPrepare,
}: PageAppProps) {
  return (
    <>
      {councils.length > 0 && (
        <ArticleSummary
          councils={councils}
          collapsed={collapsed}
          atPageEnd={atPageEnd}
          onToggle={onToggleCollapsed}
          onOpen={(code) => onOpen(code, 'summary')}
          onPrepare={onPrepare}
        />
      )}
      {card && (
        <HoverCard
          summary={card.summary}
          position={card.position}
          onOpenHistory={() => onOpen(card.summary.code, 'card')}
        />
      )}
    </>
  );
}
