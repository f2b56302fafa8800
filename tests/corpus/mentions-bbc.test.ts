import { describe, expect, it } from 'vitest';
import labels from '../fixtures/labels/bbc-council-mentions.json';
import {
  type BbcArticle,
  bundledMatcher,
  hasShared,
  paragraphsOf,
  readBbcArticles,
  skipNoteIfNoShared,
} from './support';

skipNoteIfNoShared('the council-name matcher measured on real BBC article texts');

/** What the measurement must not fall below: the numbers measured, rounded down. */
const FLOORS = { precision: 1, recall: 1, code: 1 };

interface Labelled {
  article: string;
  mentions: { paragraph: number; text: string; code: string }[];
  unclear?: { paragraph: number; text: string; note: string }[];
}

/** Title as paragraph -1, then the text's paragraphs as the corpus tests read them. */
function titleAndParagraphsOf(article: BbcArticle): Map<number, string> {
  return new Map([
    [-1, article.title ?? ''],
    ...paragraphsOf(article.text).map((text, index) => [index, text] as [number, string]),
  ]);
}

const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe.skipIf(!hasShared)('council names in real BBC article texts, against our labels', () => {
  const labelled = labels.articles as Labelled[];
  const articles = readBbcArticles(new Set(labelled.map((entry) => entry.article)));
  const matcher = bundledMatcher();

  it('labels 60 articles, each labelled name still in its paragraph', () => {
    expect(labelled).toHaveLength(60);
    const missing = labelled.flatMap((entry) => {
      const paragraphs = titleAndParagraphsOf(articles.get(entry.article) as BbcArticle);
      return entry.mentions.flatMap(({ paragraph, text }) => {
        const expected = entry.mentions.filter((m) => m.paragraph === paragraph && m.text === text).length;
        return occurrences(paragraphs.get(paragraph) ?? '', text) >= expected
          ? []
          : [`${entry.article} ¶${paragraph} ${text}`];
      });
    });
    expect(missing, 'the corpus changed under these labels').toEqual([]);
  });

  it('finds the labelled council names and nothing else, with measured precision and recall', () => {
    let found = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    let codeRight = 0;
    const misses: string[] = [];
    for (const entry of labelled) {
      const paragraphs = titleAndParagraphsOf(articles.get(entry.article) as BbcArticle);
      for (const [index, text] of paragraphs) {
        const unclear = (entry.unclear ?? []).filter((u) => u.paragraph === index);
        const matches = matcher
          .find(text)
          .filter(
            (match) => !unclear.some((u) => u.text.includes(match.text) || match.text.includes(u.text)),
          );
        const expected = entry.mentions.filter((mention) => mention.paragraph === index);
        for (const match of matches) {
          const at = expected.findIndex((mention) => mention.text.toLowerCase() === match.text.toLowerCase());
          const where = `${entry.article} ¶${index} "${match.text}" ${match.code}`;
          if (at === -1) {
            falsePositives++;
            misses.push(`false positive: ${where}`);
            continue;
          }
          const [mention] = expected.splice(at, 1);
          found++;
          if (mention?.code === match.code) codeRight++;
          else misses.push(`wrong council: ${where}, labelled ${mention?.code}`);
        }
        for (const mention of expected) {
          falseNegatives++;
          misses.push(`missed: ${entry.article} ¶${index} "${mention.text}" ${mention.code}`);
        }
      }
    }
    const precision = found / (found + falsePositives);
    const recall = found / (found + falseNegatives);
    const code = codeRight / found;
    console.info(
      [
        `council names in ${labelled.length} BBC texts (${found + falseNegatives} labelled mentions):`,
        `precision ${precision.toFixed(3)} (${found}/${found + falsePositives}),`,
        `recall ${recall.toFixed(3)} (${found}/${found + falseNegatives}),`,
        `right council ${code.toFixed(3)} (${codeRight}/${found})`,
        ...misses.map((miss) => `  ${miss}`),
      ].join('\n'),
    );
    expect(precision).toBeGreaterThanOrEqual(FLOORS.precision);
    expect(recall).toBeGreaterThanOrEqual(FLOORS.recall);
    expect(code).toBeGreaterThanOrEqual(FLOORS.code);
  });
});
