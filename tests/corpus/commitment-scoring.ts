/**
 * Scoring the commitment extractor against labelled sentences of real text: a commitment counts as found
 * only when a quote the extractor keeps is the labelled sentence itself.
 */
import type { ExtractedCommitment } from '../../lib/commitments/extract';

export interface Label {
  article: string;
  paragraph: number;
  sentence: number;
  sha256: string;
  commitment: boolean;
  authority?: string;
  kind?: string;
  amount?: number;
  /**
   * Held-out set: 1 for a plain sample of articles, 2 for articles in which a council speaks. Seventh set: 1
   * for live pages in which a council speaks, 2 for other live pages, 3 for the other articles.
   */
  stratum?: number;
  note: string;
}

export interface Tally {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  authorityRight: number;
  withAmount: number;
  amountRight: number;
  /** Labelled commitments the reader can reach: found, or among the council's other statements offered. */
  withinReach: number;
  /** The other statements offered for the reader to look through. */
  offered: number;
  misses: string[];
}

export const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

export function summary(tally: Tally): string {
  const { truePositives: tp, falsePositives: fp, falseNegatives: fn } = tally;
  return [
    `precision ${ratio(tp, tp + fp).toFixed(3)} (${tp}/${tp + fp}),`,
    `recall ${ratio(tp, tp + fn).toFixed(3)} (${tp}/${tp + fn});`,
    `on true positives: authority ${ratio(tally.authorityRight, tp).toFixed(3)} (${tally.authorityRight}/${tp}),`,
    `amount ${ratio(tally.amountRight, tally.withAmount).toFixed(3)} (${tally.amountRight}/${tally.withAmount});`,
    `with the ${tally.offered} other statements offered, ${tally.withinReach}/${tp + fn} within reach`,
  ].join(' ');
}

export const emptyTally = (): Tally => ({
  truePositives: 0,
  falsePositives: 0,
  falseNegatives: 0,
  authorityRight: 0,
  withAmount: 0,
  amountRight: 0,
  withinReach: 0,
  offered: 0,
  misses: [],
});

export function labelsByArticle(labelled: Label[]): Map<string, Label[]> {
  const byArticle = new Map<string, Label[]>();
  for (const label of labelled)
    byArticle.set(label.article, [...(byArticle.get(label.article) ?? []), label]);
  return byArticle;
}

/** Adds one article's labels, scored against what the extractor found in it, to the tally. */
export function scoreArticle(
  tally: Tally,
  labels: Label[],
  {
    commitments: found,
    otherStatements,
  }: {
    commitments: Pick<ExtractedCommitment, 'quote' | 'authority' | 'amount'>[];
    otherStatements: Pick<ExtractedCommitment, 'quote'>[];
  },
  sentenceOf: (label: Label) => string | undefined,
): void {
  tally.offered += otherStatements.length;
  for (const label of labels) {
    const extracted = found.find((commitment) => commitment.quote === sentenceOf(label));
    if (
      label.commitment &&
      (extracted || otherStatements.some((statement) => statement.quote === sentenceOf(label)))
    )
      tally.withinReach++;
    const where = `${label.article} ¶${label.paragraph} s${label.sentence} (${label.note})`;
    if (extracted && label.commitment) {
      tally.truePositives++;
      if (extracted.authority === label.authority) tally.authorityRight++;
      else tally.misses.push(`authority ${extracted.authority}, labelled ${label.authority}: ${where}`);
      if (label.amount !== undefined || extracted.amount !== undefined) {
        tally.withAmount++;
        if (extracted.amount === label.amount) tally.amountRight++;
        else tally.misses.push(`amount ${extracted.amount}, labelled ${label.amount}: ${where}`);
      }
    } else if (extracted) {
      tally.falsePositives++;
      tally.misses.push(`false positive: ${where}`);
    } else if (label.commitment) {
      tally.falseNegatives++;
      tally.misses.push(`missed: ${where}`);
    }
  }
}
