/**
 * A learned decision for "is this sentence a council's commitment": logistic regression over sparse
 * features of the sentence read in its article, trained by ./measure-classifier.ts on the hand-labelled BBC
 * sentences. Plain TypeScript over the extractor's reading of a sentence, so it could run in the content
 * script; not the extension's decision: in leave-one-set-out it did not clearly beat the rules.
 */
import { byRules, hasCommitmentCue, isUndone, type SentenceReading } from '../../lib/commitments/extract';

export interface CommitmentModel {
  bias: number;
  /** Sentences scoring at least this are taken as commitments. */
  threshold: number;
  /** Feature name to weight; a feature not listed weighs nothing. */
  weights: Record<string, number>;
}

const FUTURE = /\b(?:will|would|shall|going to|plans? to|intends? to|committed|continu\w*)\b|['’]ll\b/i;
const UNDER_WAY = /\b(?:is|are|was|were|['’]re)\s+(?:\w+ )?\w+ing\b/i;
const REPORTED = /\b(?:said|says|added|adds|told|stated|states|confirmed|announced|explained|insisted)\b/i;
const HEDGE =
  /\b(?:not|no|never|cannot|could|may|might|should|must|if|unless|whether|hope\w*|wants?|wanted)\b|n['’]t\b/i;
const THE_COUNCIL =
  /\b(?:the|its|our|their) (?:local |city |county |borough |district )?(?:council|authority)\b/i;
const OPEN_QUOTE_OR_COLON = /(?::|["“‘])\s*$/;
const STARTS_WITH_QUOTE = /^["“‘]/;

/** Words as the classifier sees them: lower case, every digit 0, each council the matcher found one word. */
function wordsOf(marked: string): string[] {
  return (
    marked
      .toLowerCase()
      .replace(/\d/g, '0')
      .replace(/’/g, "'")
      .match(/£|[a-z0]+(?:'[a-z]+)?/g) ?? []
  );
}

/** The feature names of a sentence: its words and word pairs, and what its context says about it. */
export function featuresOf(reading: SentenceReading): string[] {
  const words = wordsOf(reading.marked);
  const features = new Set<string>();
  for (const [i, word] of words.entries()) {
    features.add(`w:${word}`);
    const next = words[i + 1];
    if (next !== undefined) features.add(`b:${word} ${next}`);
  }
  const { sentence, previous } = reading;
  const cue = hasCommitmentCue(reading);
  const context: [string, boolean][] = [
    ['names-council', reading.councils.length > 0],
    ['the-council', THE_COUNCIL.test(sentence)],
    ['known-speaker', reading.namedSpeakerCouncil !== undefined],
    ['voice-council', reading.voice === 'council'],
    ['voice-spokesperson', reading.voice === 'spokesperson'],
    ['after-said-or-quote', OPEN_QUOTE_OR_COLON.test(previous)],
    ['starts-quote', STARTS_WITH_QUOTE.test(sentence)],
    ['reported', REPORTED.test(sentence)],
    ['future', FUTURE.test(sentence)],
    ['under-way', UNDER_WAY.test(sentence)],
    ['hedge', HEDGE.test(sentence)],
    ['rules-cue', cue],
    ['rules-undone', isUndone(reading)],
    ['rules-voice-cue', reading.voice !== undefined && cue],
    ['rules-commitment', byRules(reading)],
  ];
  for (const [name, holds] of context) if (holds) features.add(`c:${name}`);
  return [...features];
}

/** The model's probability that the sentence is a commitment. */
export function scoreOf(model: CommitmentModel, features: readonly string[]): number {
  let sum = model.bias;
  for (const feature of features) sum += model.weights[feature] ?? 0;
  return 1 / (1 + Math.exp(-sum));
}
