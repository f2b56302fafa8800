import type { AuthoritySummary } from '../../lib/authority-summary';
import { type ArticleCouncil, ArticleSummary } from './ArticleSummary';
import { HoverCard } from './HoverCard';

export interface PageAppProps {
  councils: ArticleCouncil[];
  collapsed: boolean;
  card: { summary: AuthoritySummary; position: { top: number; left: number } } | null;
  onToggleCollapsed(): void;
  onOpen(code: string): void;
  /** The reader points at or focuses a way to open this council's history: load it ahead of the click. */
  onPrepare(code: string): void;
}

/** Everything Council Lens draws over a news page, inside its shadow root. */
export function PageApp({ councils, collapsed, card, onToggleCollapsed, onOpen, onPrepare }: PageAppProps) {
  return (
    <>
      {councils.length > 0 && (
        <ArticleSummary
          councils={councils}
          collapsed={collapsed}
          onToggle={onToggleCollapsed}
          onOpen={onOpen}
          onPrepare={onPrepare}
        />
      )}
      {card && (
        <HoverCard
          summary={card.summary}
          position={card.position}
          onOpenHistory={() => onOpen(card.summary.code)}
        />
      )}
    </>
  );
}
