import type { AuthoritySummary } from '../../lib/authority-summary';
import { type ArticleCouncil, ArticleSummary } from './ArticleSummary';
import { HoverCard } from './HoverCard';

export interface PageAppProps {
  councils: ArticleCouncil[];
  collapsed: boolean;
  card: { summary: AuthoritySummary; position: { top: number; left: number } } | null;
  onToggleCollapsed(): void;
  onOpen(code: string): void;
}

/** Everything Council Lens draws over a news page, inside its shadow root. */
export function PageApp({ councils, collapsed, card, onToggleCollapsed, onOpen }: PageAppProps) {
  return (
    <>
      {councils.length > 0 && (
        <ArticleSummary
          councils={councils}
          collapsed={collapsed}
          onToggle={onToggleCollapsed}
          onOpen={onOpen}
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
