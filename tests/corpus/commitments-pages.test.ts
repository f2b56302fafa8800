import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleParagraphs } from '../../lib/commitments/from-article';
import { sentencesOf } from '../../lib/commitments/sentences';
import { readPage, scanHtml } from '../../scripts/cli/scan';
import labels from '../fixtures/labels/pages-commitment-sentences.json';
import { emptyTally, type Label, labelsByArticle, scoreArticle, summary } from './commitment-scoring';
import { fingerprint, hasShared, SHARED_DIR, skipNoteIfNoShared } from './support';

skipNoteIfNoShared('the commitment extraction measured on the real news pages');

/**
 * The pages' own label set (see its "about"). Scored blind, with the rules as they were, the extractor
 * claimed nothing on these 199 sentences: no false positive, and none of the 3 commitments (recall 0/3).
 * One miss, a council leader's statement carried on in the quotation after "has issued the following
 * statement:" on a page naming two councils once each, then taught the rules to give such a quotation to
 * the council just heard (1/3). Another sat in a quotation that also urges readers not to react, which the
 * rules read as a demand, with its work told in the passive ("are being contacted"): the council's own
 * appeal is no longer a demand, and "being contacted" is work under way (2/3). The third is a combined
 * authority's, which the pack does not hold.
 */
const FLOORS = { precision: 1, recall: 0.66 };

describe.skipIf(!hasShared)('commitments on the real news pages whose story names a council', () => {
  const pagesDir = path.join(SHARED_DIR, 'corpus/pages');
  const sentences = labels.sentences as Label[];
  const byPage = [...labelsByArticle(sentences)].map(([page, pageLabels]) => {
    const file = path.join(pagesDir, `${page}.html`);
    const html = readFileSync(file, 'utf8');
    const { article, close } = readPage(html, file);
    const split = (article ? articleParagraphs(article) : []).map(({ text }) => sentencesOf(text));
    close();
    return { page, pageLabels, html, file, split };
  });

  it('has its labels each still on the sentence the fixture fingerprints', () => {
    expect(sentences.length).toBeGreaterThanOrEqual(199);
    const moved = byPage.flatMap(({ pageLabels, split }) =>
      pageLabels.flatMap((label) => {
        const sentence = split[label.paragraph]?.[label.sentence];
        return sentence !== undefined && fingerprint(sentence) === label.sha256
          ? []
          : [`${label.article} ¶${label.paragraph} s${label.sentence}`];
      }),
    );
    expect(
      moved,
      'the pages, the article detection or the sentence splitter changed under these labels',
    ).toEqual([]);
  });

  it('finds the commitments the labellers found, run on each page as the extension runs it', () => {
    const tally = emptyTally();
    for (const { pageLabels, html, file, split } of byPage) {
      scoreArticle(
        tally,
        pageLabels,
        scanHtml(html, file),
        (label) => split[label.paragraph]?.[label.sentence],
      );
    }
    console.info(
      [`commitments on the pages: ${summary(tally)}`, ...tally.misses.map((miss) => `  ${miss}`)].join('\n'),
    );
    const { truePositives: tp, falsePositives: fp, falseNegatives: fn } = tally;
    expect(tp / Math.max(1, tp + fp)).toBeGreaterThanOrEqual(FLOORS.precision);
    expect(tp / Math.max(1, tp + fn)).toBeGreaterThanOrEqual(FLOORS.recall);
  });
});
