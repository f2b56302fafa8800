import './badge.css';
import type { Judgement } from '../../lib/pack/schema';

/** Colour is never the only signal: every badge says its judgement in words and carries a symbol. */
const STYLES: Record<string, { symbol: string; tone: string }> = {
  Outstanding: { symbol: '★', tone: 'outstanding' },
  Good: { symbol: '✓', tone: 'good' },
  'Requires improvement to be good': { symbol: '▲', tone: 'requires-improvement' },
  'Requires improvement': { symbol: '▲', tone: 'requires-improvement' },
  Adequate: { symbol: '●', tone: 'requires-improvement' },
  Inadequate: { symbol: '✕', tone: 'inadequate' },
};

export function JudgementBadge({ judgement, small }: { judgement?: Judgement | null; small?: boolean }) {
  const style = judgement ? STYLES[judgement] : undefined;
  const label = judgement ?? 'No single grade';
  return (
    <span class={`badge badge--${style?.tone ?? 'none'}${small ? ' badge--small' : ''}`}>
      <span aria-hidden="true">{style?.symbol ?? '○'}</span> {label}
    </span>
  );
}
