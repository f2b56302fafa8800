const ABBREVIATION = /\b(?:Cllr|Mr|Mrs|Ms|Dr|St|Rev|Prof|No)\.$/;
const OPENS_QUOTE = /^["“]/;
/**
 * One segmenter for all: making one costs more than segmenting a paragraph with it. Made on first use, not
 * as the content script loads: the first Intl object on a page that has made none starts ICU, 20 to 45 ms
 * here, and made at load it was most of the content script's first task (50 to 85 ms on the benchmark's
 * million-node page, which runs no script of its own).
 */
let segmenter: Intl.Segmenter | undefined;
/** The segmenter, made now if it is not yet: the content script has it made in a task of its own. */
export const sentenceSegmenter = (): Intl.Segmenter =>
  (segmenter ??= new Intl.Segmenter('en-GB', { granularity: 'sentence' }));

/**
 * Splits a paragraph into the statements the commitment rules read one at a time: Intl.Segmenter's
 * sentences, mended where news copy trips it. "Cllr. Smith" is one sentence, and a direct quote that runs
 * over several sentences stays whole. A quotation mark opening a new sentence starts a new statement even
 * inside an open quote: where page text has lost its paragraph breaks (as some BBC article texts have), a
 * quoted paragraph is left open by news convention when the next paragraph carries on the quote, and the
 * text would otherwise run on through several speakers and the rest of the article as one "sentence".
 * The label fixtures address statements by their index here.
 */
export function sentencesOf(paragraph: string): string[] {
  const raw = Array.from(sentenceSegmenter().segment(paragraph), (segment) => segment.segment.trim()).filter(
    Boolean,
  );
  const joined: string[] = [];
  for (const segment of raw) {
    const previous = joined.at(-1);
    if (
      previous !== undefined &&
      (ABBREVIATION.test(previous) || (isInsideOpenQuote(previous) && !OPENS_QUOTE.test(segment)))
    ) {
      joined[joined.length - 1] = `${previous} ${segment}`;
    } else {
      joined.push(segment);
    }
  }
  return joined;
}

/** True when a sentence opens a quotation it does not close. Straight quotes count in pairs. */
function isInsideOpenQuote(sentence: string): boolean {
  const curlyOpen = (sentence.match(/“/g) ?? []).length;
  const curlyClose = (sentence.match(/”/g) ?? []).length;
  if (curlyOpen + curlyClose > 0) return curlyOpen > curlyClose;
  return (sentence.match(/"/g) ?? []).length % 2 === 1;
}
