const ABBREVIATION = /\b(?:Cllr|Mr|Mrs|Ms|Dr|St|Rev|Prof|No)\.$/;
const OPENS_QUOTE = /^["“]/;
/** Where a statement could start inside a sentence: a new quotation after a sentence's end. */
const QUOTE_AFTER_END = /[.!?]["”’]?\s+["“]/;
/** One segmenter for all: making one costs more than segmenting a paragraph with it. */
const segmenter = new Intl.Segmenter('en-GB', { granularity: 'sentence' });

/**
 * Splits a paragraph into sentences with Intl.Segmenter, then mends what it gets wrong in news copy:
 * "Cllr. Smith" is one sentence, and a direct quote that runs over several sentences stays whole.
 * The label fixtures address sentences by their index here, so this splitting must stay as it is.
 */
export function sentencesOf(paragraph: string): string[] {
  return segmentsJoined(paragraph, isInsideOpenQuote);
}

/**
 * The statements of a sentence, which the commitment rules read one at a time. Where page text has lost its
 * paragraph breaks (as some BBC article texts have), a quoted paragraph is left open by news convention
 * when the next paragraph carries on the quote, so a "sentence" can run on through several speakers and
 * the rest of the article. A quotation mark opening a new segment starts a new statement there.
 */
export function statementsOf(sentence: string): string[] {
  if (!QUOTE_AFTER_END.test(sentence)) return [sentence];
  return segmentsJoined(
    sentence,
    (previous, segment) => isInsideOpenQuote(previous) && !OPENS_QUOTE.test(segment),
  );
}

/** The Intl.Segmenter sentences of the text, each joined to the one before where an abbreviation or `joins` says so. */
function segmentsJoined(text: string, joins: (previous: string, segment: string) => boolean): string[] {
  const raw = Array.from(segmenter.segment(text), (segment) => segment.segment.trim()).filter(Boolean);
  const joined: string[] = [];
  for (const segment of raw) {
    const previous = joined.at(-1);
    if (previous !== undefined && (ABBREVIATION.test(previous) || joins(previous, segment))) {
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
