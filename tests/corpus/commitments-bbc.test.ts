import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../lib/commitments/extract';
import { sentencesOf } from '../../lib/commitments/sentences';
import type { Matcher } from '../../lib/match/matcher';
import tuned from '../fixtures/labels/bbc-commitment-sentences.json';
import fifth from '../fixtures/labels/bbc-commitment-sentences-fifth.json';
import heldOut from '../fixtures/labels/bbc-commitment-sentences-heldout.json';
import second from '../fixtures/labels/bbc-commitment-sentences-second.json';
import seventh from '../fixtures/labels/bbc-commitment-sentences-seventh.json';
import sixth from '../fixtures/labels/bbc-commitment-sentences-sixth.json';
import third from '../fixtures/labels/bbc-commitment-sentences-third.json';
import {
  emptyTally,
  type Label,
  labelsByArticle,
  ratio,
  scoreArticle,
  summary,
  type Tally,
} from './commitment-scoring';
import {
  type BbcArticle,
  bundledMatcher,
  extractInputOf,
  fingerprint,
  hasShared,
  paragraphsOf,
  readBbcArticles,
  skipNoteIfNoShared,
} from './support';

skipNoteIfNoShared('the commitment extraction measured on real BBC sentences');

/**
 * Label sets, each with what its measurement must not fall below (the numbers measured, rounded down).
 * Each set was labelled blind (without seeing the extractor's output) from articles in no earlier set,
 * measured, and then the rules were changed while looking at it, so each flatters the rules once they were
 * changed on it. Blind figures, precision/recall: first 0.369/0.738, second 0.750/0.136, third
 * 0.750/0.200, held-out 0.500/0.133, fifth 0.000/0.000 (every sentence of its articles, labelled twice).
 * The rules were last changed on all five together (2026-11-23) and frozen before the sixth set was run:
 * it scored 0.647/0.262 then, the honest estimate (the rules before that change scored 0.600/0.214 on it).
 * Two false positives it showed (a resident's wish, a leader's "it was disappointing") were mended after.
 * Those figures counted a run-on "sentence" as found when any statement read from it was taken. Since the
 * labels address statements (sentencesOf starts one where a new quotation opens, and every piece cut from a
 * run-on was labelled again, twice), a quote must be the labelled sentence itself: 0.765/0.302 on the sixth.
 * The rules were then changed on the sixth set's misses (councils by their initials, "It said…" after the
 * council, joint statements, officers named only as the council's, ongoing work in more words) and frozen
 * again before the seventh set was scored. The seventh, every article naming a council that no earlier set
 * held (live pages mostly), scored 0.243/0.214 with them; the rules before that change scored 0.200/0.167 on
 * it. On live pages, a bare "we…" of the police or the government, posts after a council spoke, is heard as
 * the council's, and page text that lost its breaks runs into "sentences" thousands of characters long.
 * Such run-ons are now no statement and end who was speaking, which took the seventh to 0.533/0.190 (one
 * commitment lost was a copy of a post inside the page's data) and changed no other set but the held-out.
 * Then the seventh's misses widened them (a council in apposition, "says X Council's head of…", its workers,
 * decisions announced, "has been arranged", "will be collected", "would try to"): 0.667/0.333 on it, no other
 * set changed. No set is left that has not shaped the rules.
 */
const LABEL_SETS = [
  {
    name: 'the sentences the rules were tuned on',
    sentences: tuned.sentences as Label[],
    minimum: { sentences: 120, commitments: 35 },
    floors: { precision: 0.96, recall: 0.96, authority: 1, amount: 1 },
  },
  {
    name: 'the second set, labelled blind, then used to widen the rules',
    sentences: second.sentences as Label[],
    minimum: { sentences: 600, commitments: 20 },
    floors: { precision: 0.86, recall: 0.71, authority: 1, amount: 1 },
  },
  {
    name: 'the third set, labelled blind, then used to restructure the rules',
    sentences: third.sentences as Label[],
    minimum: { sentences: 200, commitments: 10 },
    floors: { precision: 0.83, recall: 0.75, authority: 0.93, amount: 1 },
  },
  {
    name: 'the held-out set, labelled blind, then used to widen the rules',
    sentences: heldOut.sentences as Label[],
    minimum: { sentences: 180, commitments: 10 },
    floors: { precision: 0.8, recall: 0.5, authority: 1, amount: 1 },
  },
  {
    name: 'the fifth set: every sentence of 25 articles, labelled twice, blind, then used to widen the rules',
    sentences: fifth.sentences as Label[],
    minimum: { sentences: 800, commitments: 6 },
    floors: { precision: 1, recall: 0.71, authority: 1, amount: 1 },
  },
  {
    name: 'the sixth set: every sentence of 105 articles, labelled twice, blind, then used to widen the rules',
    sentences: sixth.sentences as Label[],
    minimum: { sentences: 3400, commitments: 40 },
    floors: { precision: 0.87, recall: 0.62, authority: 1, amount: 1 },
  },
  {
    name: 'the seventh set: every sentence of the last 125 articles, labelled twice, blind, then used to narrow the rules',
    sentences: seventh.sentences as Label[],
    minimum: { sentences: 8900, commitments: 40 },
    floors: { precision: 0.66, recall: 0.33, authority: 1, amount: 1 },
  },
];

/** Runs the extractor over each labelled article as the extension runs it and scores it against the labels. */
function measure(labelled: Label[], articles: Map<string, BbcArticle>, matcher: Matcher): Tally {
  const tally = emptyTally();
  for (const [id, articleLabels] of labelsByArticle(labelled)) {
    const found = extractStatements(extractInputOf(articles.get(id) as BbcArticle, matcher));
    scoreArticle(
      tally,
      articleLabels,
      found,
      (label) => sentencesOfParagraph(id, label.paragraph)[label.sentence],
    );
  }
  return tally;
}

const articles = readBbcArticles(
  new Set(LABEL_SETS.flatMap((set) => set.sentences.map((label) => label.article))),
);
const matcher = bundledMatcher();

/**
 * Each paragraph split once: the seventh set's live pages have paragraphs of thousands of words that run
 * together (their breaks lost), and splitting one again for each of its hundreds of labels took the test
 * past its time limit.
 */
const splits = new Map<string, string[]>();
function sentencesOfParagraph(article: string, paragraph: number): string[] {
  const key = `${article} ${paragraph}`;
  let sentences = splits.get(key);
  if (!sentences) {
    const text = articles.get(article)?.text ?? '';
    sentences = sentencesOf(paragraphsOf(text)[paragraph] ?? '');
    splits.set(key, sentences);
  }
  return sentences;
}

describe.skipIf(!hasShared).each(LABEL_SETS)('commitments in real BBC sentences: $name', (set) => {
  const labelled = set.sentences;

  it('has enough labels, each still on the sentence the fixture fingerprints', () => {
    expect(labelled.length).toBeGreaterThanOrEqual(set.minimum.sentences);
    expect(labelled.filter((label) => label.commitment).length).toBeGreaterThanOrEqual(
      set.minimum.commitments,
    );
    const moved = labelled.flatMap((label) => {
      const article = articles.get(label.article);
      const sentence = article && sentencesOfParagraph(label.article, label.paragraph)[label.sentence];
      return sentence !== undefined && fingerprint(sentence) === label.sha256
        ? []
        : [`${label.article} ¶${label.paragraph} s${label.sentence}`];
    });
    expect(moved, 'the corpus or the sentence splitter changed under these labels').toEqual([]);
  });

  it('extracts commitments, run as the extension runs it, with measured precision and recall', () => {
    const tally = measure(labelled, articles, matcher);
    const strata = [...new Set(labelled.flatMap((label) => (label.stratum ? [label.stratum] : [])))].sort();
    console.info(
      [
        `commitments, ${set.name}: ${labelled.length} sentences (${tally.truePositives + tally.falseNegatives} commitments):`,
        summary(tally),
        ...strata.map(
          (stratum) =>
            `  stratum ${stratum}: ${summary(
              measure(
                labelled.filter((label) => label.stratum === stratum),
                articles,
                matcher,
              ),
            )}`,
        ),
        ...tally.misses.map((miss) => `  ${miss}`),
      ].join('\n'),
    );
    const { truePositives: tp, falsePositives: fp, falseNegatives: fn } = tally;
    expect(ratio(tp, tp + fp)).toBeGreaterThanOrEqual(set.floors.precision);
    expect(ratio(tp, tp + fn)).toBeGreaterThanOrEqual(set.floors.recall);
    expect(ratio(tally.authorityRight, tp)).toBeGreaterThanOrEqual(set.floors.authority);
    expect(ratio(tally.amountRight, tally.withAmount)).toBeGreaterThanOrEqual(set.floors.amount);
  });
});
