/**
 * Measures the commitment extractor on the probe sets: the opening of news stories about councils'
 * children's services (the coverage Council Lens is for) and, from the fifth, about councils of every kind,
 * labelled twice and blind (see the "about" of tests/fixtures/labels/probe-news-commitments.json). The stories are third-party text that
 * is neither in ../shared nor kept here; the fixture keeps each page's address, the fingerprint of the text
 * that was labelled, and sentence positions with fingerprints. Give the texts as a JSON-lines file of
 * {"id", "url", "title", "text"}, of every set or only some: each set given whole is scored, the others are
 * named as not scored; a text that is not the one labelled is named, and nothing is scored.
 *
 * Each set also says how many of its commitments the reader can reach by looking through the council's
 * other statements too (the sidebar's "Other things the council said"), and how many of those it offers.
 *
 * npm run measure:probe -- PAGES.jsonl
 */
import { existsSync } from 'node:fs';
import { extractStatements } from '../../lib/commitments/extract';
import { sentencesOf } from '../../lib/commitments/sentences';
import {
  emptyTally,
  type Label,
  labelsByArticle,
  scoreArticle,
  summary,
} from '../../tests/corpus/commitment-scoring';
import {
  type BbcArticle,
  bundledMatcher,
  extractInputOf,
  fingerprint,
  paragraphsOf,
} from '../../tests/corpus/support';
import probe from '../../tests/fixtures/labels/probe-news-commitments.json';
import { readProbePagesOrExit } from './labelling/kit';

const file = process.argv[2];
if (!file || !existsSync(file)) {
  console.error(
    `Usage: npm run measure:probe -- PAGES.jsonl (the probe stories' texts, one {"id","url","title","text"} a line; ${probe.pages.length} pages, listed with their addresses in the fixture)`,
  );
  process.exit(2);
}
const texts = new Map<string, BbcArticle>();
for (const page of readProbePagesOrExit(file, 'nothing scored')) texts.set(page.id, page);
// A set is scored when its texts are given, all of them and each the very text labelled; a set none of whose
// texts is given is named as not scored (the texts of a set are kept together, if at all).
const sets = [...new Set(probe.pages.map((page) => page.set))];
const given = sets.filter((set) => probe.pages.some((page) => page.set === set && texts.has(page.id)));
const wrong = probe.pages.filter((page) => {
  if (!given.includes(page.set)) return false;
  const text = texts.get(page.id)?.text;
  return text === undefined || fingerprint(text) !== page.sha256;
});
if (given.length === 0 || wrong.length > 0) {
  console.error(
    `Not the texts that were labelled (missing, or another version of the page), so nothing is scored:\n${(wrong.length >
    0
      ? wrong
      : probe.pages
    )
      .map((page) => `  ${page.id} ${page.url}`)
      .join('\n')}`,
  );
  process.exit(1);
}
const notGiven = sets.filter((set) => !given.includes(set));
if (notGiven.length > 0) console.info(`Not scored, no texts given: the ${notGiven.join(', ')} probe sets.`);

const matcher = bundledMatcher();
const labels = labelsByArticle(probe.sentences as Label[]);
for (const set of given) {
  const tally = emptyTally();
  for (const { id } of probe.pages.filter((page) => page.set === set)) {
    const article = texts.get(id) as BbcArticle;
    const paragraphs = paragraphsOf(article.text).map((paragraph) => sentencesOf(paragraph));
    scoreArticle(
      tally,
      labels.get(id) ?? [],
      extractStatements(extractInputOf(article, matcher)),
      (label) => paragraphs[label.paragraph]?.[label.sentence],
    );
  }
  console.info(`${set} probe: ${summary(tally)}`);
  if (process.argv.includes('--misses')) for (const miss of tally.misses) console.info(`  ${miss}`);
}
