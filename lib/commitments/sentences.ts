const ABBREVIATION = /\b(?:Cllr|Mr|Mrs|Ms|Dr|St|Rev|Prof|No)\.$/;

/**
 * Splits a paragraph into sentences with Intl.Segmenter, then mends what it gets wrong in news copy:
 * "Cllr. Smith" is one sentence, and a direct quote that runs over several sentences stays whole.
 */
export function sentencesOf(paragraph: string): string[] {
  const segmenter = new Intl.Segmenter('en-GB', { granularity: 'sentence' });
  const raw = Array.from(segmenter.segment(paragraph), (segment) => segment.segment.trim()).filter(Boolean);
  const sentences: string[] = [];
  for (const piece of raw) {
    const previous = sentences.at(-1);
    if (previous !== undefined && (ABBREVIATION.test(previous) || isInsideOpenQuote(previous))) {
      sentences[sentences.length - 1] = `${previous} ${piece}`;
    } else {
      sentences.push(piece);
    }
  }
  return sentences;
}

/** True when a sentence opens a quotation it does not close. Straight quotes count in pairs. */
function isInsideOpenQuote(sentence: string): boolean {
  const curlyOpen = (sentence.match(/“/g) ?? []).length;
  const curlyClose = (sentence.match(/”/g) ?? []).length;
  if (curlyOpen + curlyClose > 0) return curlyOpen > curlyClose;
  return (sentence.match(/"/g) ?? []).length % 2 === 1;
}
