import type { CommitmentKind, CommitmentRecord } from '../db/records';
import { parseAmount } from './amounts';
import {
  APOLOGISING,
  COMMITMENT_CUES,
  LET_DOWN,
  MISTAKES_MADE,
  NO_FURTHER_COMMENT,
  NOT_A_COMMITMENT,
  NOT_A_REFUSAL,
  WORK_STILL_TO_DO,
} from './cue-rules';
import { withInitials } from './initials';
import { sentencesOf } from './sentences';
import { councilPeopleOf, followSpeakers } from './speakers';
import {
  ANY_REPORTING,
  BARE_SPOKESPERSON,
  BUDGET_DECIDED,
  CONTINUED_QUOTE,
  COUNCIL_VOICE,
  IT_SAYS_ON,
  MENTIONS_COUNCIL,
  MONEY_TO_BE_SPENT,
  NAMED,
  OTHER_SPENDER,
  OTHER_SPOKESPERSON,
  OWN_ATTRIBUTION,
} from './voice-rules';

export type ExtractedCommitment = Omit<CommitmentRecord, 'status' | 'createdAt'>;

export interface ExtractInput {
  /** The article body, one string per paragraph. */
  paragraphs: string[];
  /**
   * The paragraphs that begin a new post of a live page: whoever spoke in the post before does not speak on
   * in this one (a council's statement, then a police post's "we are working…", is not the council's).
   */
  postStarts?: ReadonlySet<number>;
  /**
   * The council mentions in a piece of text (the extension passes its matcher). With their offsets, a named
   * council can be told apart as the speaker ("Kent County Council said…") from an object ("a report to Kent
   * County Council"); without them, any capitalised "… Council" is taken as a council.
   */
  findCouncils(text: string): { code: string; start?: number; end?: number }[];
  /** The council the article is about, for "the council said it would…". */
  mainAuthority?: string;
  article: { url: string; headline: string; publisher?: string; publishedDate?: string };
}

// The rules are data (voice-rules.ts, cue-rules.ts), so a reader can see exactly what counts as a
// commitment. A sentence is taken when (1) the council speaks in it, (2) it says what the council will do,
// is doing, has set aside, accepts or apologises for, and (3) nothing in it makes it a demand, a condition,
// a refusal or a forecast.

/**
 * Longer than any statement: page text whose breaks were lost, running over several posts of a live page and
 * the page's own data. Whoever speaks in it, nobody is known to be speaking after it.
 */
const LONGEST_STATEMENT = 600;
/** A bullet point's mark, as news pages keep it in their text: "• pay £500". */
const BULLET = /^[•·▪●◦‣]\s*/;

const SPEAKER_PATTERNS = [
  // Written case by case, not with the "i" flag, so that the name after the role must be capitalised: with
  // it, "director of children's services said staff had worked hard" was all taken for the speaker.
  /\b((?:[Cc]ouncil [Ll]eader|[Ll]eader of the [Cc]ouncil|[Cc]abinet [Mm]ember for [\w' ]+?|[Dd]irector of [Cc]hildren['’]?s [Ss]ervices|[Cc]hief [Ee]xecutive)(?:,? (?:Cllr\.? )?[A-Z][a-z]+(?: [A-Z][a-z'-]+)+)?)\b/,
  /\b((?:a|the) (?:council )?(?:spokes(?:wo)?man|spokesperson)(?: for [A-Z][\w ]*?Council)?)\b/i,
];

/** Words that make a commitment an acknowledgement in kind; the work still to do is the cue's own words. */
const ACKNOWLEDGING = new RegExp(
  String.raw`\b(?:accept|acknowledg|recogni[sz]|unacceptable|admit)|${WORK_STILL_TO_DO}|${MISTAKES_MADE}|${LET_DOWN}`,
  'i',
);

function kindOf(sentence: string, hasAmount: boolean): CommitmentKind {
  if (APOLOGISING.test(sentence)) return 'apology';
  if (
    hasAmount ||
    /£|\bmillion\b|\binvest(?:s|ed|ing|ment|ments)?\b|\bfunding\b|\bbudget\b/i.test(sentence)
  ) {
    return 'money';
  }
  if (
    /\b(?:staff|social workers?|recruit|hir(?:e|ing)|appoint|management team|workforce|caseloads?)\b/i.test(
      sentence,
    )
  ) {
    return 'staffing';
  }
  if (ACKNOWLEDGING.test(sentence)) {
    return 'acknowledgement';
  }
  return 'action';
}

/** A short stable id: the same statement in several copies of a story gets the same one. */
export function commitmentId(authority: string, quote: string): string {
  const text = `${authority}|${quote
    .toLowerCase()
    .replace(/[^a-z0-9£]+/g, ' ')
    .trim()}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${authority}:${(hash >>> 0).toString(16).padStart(8, '0')}`;
}

/**
 * What the rules make of one sentence in its article. Kept apart from the decision so that another decider
 * can read the same sentence (the learned classifier in scripts/commitments/ does, to be measured against
 * the rules), and from the description so that whichever decides, an accepted sentence is described the
 * same way.
 */
export interface SentenceReading {
  sentence: string;
  /** The sentence before it in the article ('' for the first): "…said:" there makes this one a quote. */
  previous: string;
  /** The councils the matcher found in the sentence. */
  councils: { code: string; start?: number; end?: number }[];
  /** The sentence with each council found replaced by one marker word. */
  marked: string;
  /** The council of one of its people saying this sentence, by surname or as "he"/"she" (see speakers.ts). */
  namedSpeakerCouncil?: string;
  /** Who the rules hear: the council (by name, role or known speaker), its spokesperson, or neither. */
  voice?: 'council' | 'spokesperson';
  /**
   * The council last heard speaking by name before or in this sentence, for "she added that the local
   * authority was…" in an article that names two councils equally often and so has no main council.
   */
  lastNamedSpeaker?: string;
  /** A quotation carrying on the statement of the council heard just before it ("…has issued this statement:"). */
  continuesCouncilQuote?: true;
  /** Someone the article gave another role says it ("Opposition councillor Jane Smith said…"). */
  someoneElseSays?: true;
}

/** The sentence has a word of promise, action under way, money set aside, acceptance or apology. */
export const hasCommitmentCue = (reading: SentenceReading): boolean =>
  COMMITMENT_CUES.some((rule) => rule.test(reading.marked));

/** Where the sentence's words of promise start in `marked` (0 when it has none). */
function promiseStart(reading: SentenceReading): number {
  const starts = COMMITMENT_CUES.map((cue) => reading.marked.search(cue)).filter((index) => index >= 0);
  return starts.length > 0 ? Math.min(...starts) : 0;
}

/** The sentence has a demand, condition, refusal, hedge or question that undoes a promise. */
export const isUndone = (reading: SentenceReading): boolean => {
  const judged = reading.marked.replace(NO_FURTHER_COMMENT, '').replace(NOT_A_REFUSAL, '');
  return NOT_A_COMMITMENT.some((rule) => rule.test(judged));
};

/** A council is heard speaking in the sentence, and it is no longer than a statement. */
const isStatement = (reading: SentenceReading): boolean =>
  reading.voice !== undefined && reading.sentence.length <= LONGEST_STATEMENT;

/**
 * Words of speech: a verb of saying, a statement, or a quotation mark (not a curly apostrophe, as in "it’s").
 */
const SPEECH =
  /\b(?:said|says|say|added|adds|told|tells|stated|states|confirmed|confirms|announced|announces|explained|admitted|admits|accepted|accepts|acknowledged|apologised|apologized|pledged|promised|vowed|insisted|responded|replied|according to|statement)\b|["“”‘]|’(?![a-z])/;

/**
 * The council's own words, to offer among its other statements: spoken, not only the council's doings told
 * by the journalist ("The council is launching a scheme"), and not said by someone the article gave another
 * role. Over the nine labelled probe sets (less the sentences their labellers left out), this offers 1.6
 * statements a story instead of 2.1, and puts 77 of their commitments within the reader's reach instead of
 * 84.
 */
const isSaid = (reading: SentenceReading): boolean =>
  reading.someoneElseSays !== true &&
  (reading.voice === 'spokesperson' ||
    reading.namedSpeakerCouncil !== undefined ||
    SPEECH.test(reading.sentence));

/**
 * The hand-written rules' decision: the council speaks, with a cue, and nothing undoes it. Cues and undoing
 * are read only for the few sentences in which the council speaks: reading them for every sentence of the
 * article took a quarter of the extraction's time (2.32 ms an article over 300 BBC texts, against 1.72 ms).
 */
export const byRules = (reading: SentenceReading): boolean =>
  isStatement(reading) && hasCommitmentCue(reading) && !isUndone(reading);

/** Reads every sentence of the article in order, following who spoke last. */
export function readSentences(input: ExtractInput): SentenceReading[] {
  return [...paragraphReadings(input)].flat();
}

/** The same, a paragraph at a time, so that the content script can pause between paragraphs. */
function* paragraphReadings(input: ExtractInput): Generator<SentenceReading[]> {
  let lastReading: SentenceReading | undefined;
  // Who spoke last: "A spokesperson added" carries on for the council only after the council has spoken.
  let lastSpeaker: 'council' | 'other' | undefined;
  let previous = '';
  let lastNamedSpeaker: string | undefined;
  // A list's lead-in ("The council has agreed to:") while the paragraphs after it are its bullet points.
  let listHead: string | undefined;
  const mentions = input.paragraphs.map((paragraph) => input.findCouncils(paragraph));
  const speakers = followSpeakers(councilPeopleOf(input.paragraphs, mentions, input.mainAuthority));
  const findCouncils = withInitials(input.paragraphs, mentions, input.findCouncils);
  for (const [index, paragraph] of input.paragraphs.entries()) {
    const readings: SentenceReading[] = [];
    const newPost = input.postStarts?.has(index) ?? false;
    if (newPost) {
      speakers.reset();
      lastSpeaker = 'other';
      lastNamedSpeaker = undefined;
    }
    const sentences = sentencesOf(paragraph);
    if (!BULLET.test(paragraph)) listHead = undefined;
    for (const [sentenceIndex, sentence] of sentences.entries()) {
      // A bullet point is read with its lead-in, "The council has agreed to: pay £500", and quoted alone.
      const read = sentenceIndex === 0 && listHead ? `${listHead} ${sentence.replace(BULLET, '')}` : sentence;
      const councils = findCouncils(read);
      const text = withCouncilsMarked(read, councils);
      const person = speakers.personSaying(read, councils[0]?.code ?? input.mainAuthority);
      const namedSpeakerCouncil = person?.council;
      // Someone else named or "she" for them: their quotation is not the council's, though it says "we".
      const someoneElseSays = person?.someoneElse === true;
      const councilSpokeJustBefore = lastReading?.voice === 'council';
      const councilSpeaks =
        namedSpeakerCouncil !== undefined ||
        COUNCIL_VOICE.some((rule) => rule.test(text)) ||
        (!(newPost && sentenceIndex === 0) && councilSpokeJustBefore && IT_SAYS_ON.test(sentence)) ||
        ((input.mainAuthority !== undefined || councils.length > 0) &&
          (MONEY_TO_BE_SPENT.test(text) || BUDGET_DECIDED.test(text)) &&
          !OTHER_SPENDER.test(text) &&
          !ANY_REPORTING.test(sentence));
      const quoteContinues =
        lastSpeaker === 'council' &&
        CONTINUED_QUOTE.test(sentence) &&
        (!ANY_REPORTING.test(sentence) || OWN_ATTRIBUTION.test(sentence));
      // Someone else's quotation carrying on does not become the council's for naming the council.
      const othersQuoteContinues =
        lastSpeaker === 'other' && CONTINUED_QUOTE.test(sentence) && !OWN_ATTRIBUTION.test(sentence);
      const spokespersonSpeaks =
        !councilSpeaks &&
        !othersQuoteContinues &&
        !someoneElseSays &&
        (BARE_SPOKESPERSON.test(sentence) || quoteContinues) &&
        !OTHER_SPOKESPERSON.test(text) &&
        (councils.length > 0 || MENTIONS_COUNCIL.test(text) || lastSpeaker !== 'other');
      if (sentence.length > LONGEST_STATEMENT) {
        lastSpeaker = 'other';
      } else if (councilSpeaks || spokespersonSpeaks) {
        lastSpeaker = 'council';
        if (councilSpeaks) lastNamedSpeaker = namedSpeakerCouncil ?? councils[0]?.code ?? lastNamedSpeaker;
      } else if (ANY_REPORTING.test(sentence)) {
        lastSpeaker = 'other';
      }
      lastReading = {
        sentence,
        previous,
        councils,
        marked: text,
        ...(namedSpeakerCouncil !== undefined && { namedSpeakerCouncil }),
        ...(councilSpeaks ? { voice: 'council' } : spokespersonSpeaks ? { voice: 'spokesperson' } : {}),
        ...(lastNamedSpeaker !== undefined && { lastNamedSpeaker }),
        ...(quoteContinues && councilSpokeJustBefore && { continuesCouncilQuote: true }),
        ...(someoneElseSays && { someoneElseSays: true }),
      };
      readings.push(lastReading);
      previous = sentence;
    }
    const last = sentences.at(-1);
    if (last?.endsWith(':') && !listHead) listHead = last;
    yield readings;
  }
}

/**
 * An accepted sentence as a commitment: its council (the one named in it, its known speaker's, the
 * article's, or else the one last heard speaking), kind, amount and speaker, with its article. None when
 * no council can be told.
 */
export function describeCommitment(
  reading: SentenceReading,
  input: ExtractInput,
): ExtractedCommitment | undefined {
  const { sentence } = reading;
  const authority =
    reading.councils[0]?.code ??
    reading.namedSpeakerCouncil ??
    input.mainAuthority ??
    // Only where the council itself is heard, or its statement carries on in the quotation right after it:
    // a bare "we…" with no council to be told is as likely a resident's or a party's.
    (reading.voice === 'council' || reading.continuesCouncilQuote ? reading.lastNamedSpeaker : undefined);
  if (!authority) return undefined;
  const money = parseAmount(reading.marked, promiseStart(reading));
  const speaker = SPEAKER_PATTERNS.map((pattern) => pattern.exec(sentence)?.[1]).find(Boolean);
  const id = commitmentId(authority, sentence);
  return {
    id,
    authority,
    quote: sentence,
    kind: kindOf(sentence, money.amount !== undefined),
    ...money,
    ...(speaker && { speaker }),
    articleUrl: input.article.url,
    headline: input.article.headline,
    ...(input.article.publisher && { publisher: input.article.publisher }),
    ...(input.article.publishedDate && { publishedDate: input.article.publishedDate }),
  };
}

/** What an article's councils were heard saying, each sentence once: the promises, and the rest they said. */
export interface ArticleStatements {
  /** The sentences the rules take as commitments. */
  commitments: ExtractedCommitment[];
  /**
   * The other sentences in which a council, its spokesperson or one of its people is heard speaking. Most
   * are not promises ("the council said it was disappointed"), but on stories the rules were not written
   * from, the rules find a quarter to two fifths of the promises and these sentences hold most of the rest,
   * so the sidebar offers them for the reader to keep (README: Stated commitments).
   */
  otherStatements: ExtractedCommitment[];
}

/**
 * Finds the sentences in which a council, its spokesperson, leader, cabinet member or director speaks, and
 * keeps each with its article, once per statement: those the rules judge commitments, and the rest.
 */
export function extractStatements(input: ExtractInput): ArticleStatements {
  const statements = statementsOf(input);
  for (const readings of paragraphReadings(input)) statements.read(readings);
  return statements.found();
}

/**
 * The same, pausing between paragraphs with `pauseIfDue` (the content script's, which yields to the page
 * once its slice is spent). On the benchmark's million-node page reading its 500 paragraphs in one task took
 * 48 to 90 ms (traces of the content script).
 */
export async function extractStatementsInSlices(
  input: ExtractInput,
  pauseIfDue: () => Promise<void>,
): Promise<ArticleStatements> {
  const statements = statementsOf(input);
  for (const readings of paragraphReadings(input)) {
    statements.read(readings);
    await pauseIfDue();
  }
  return statements.found();
}

/** Collects an article's statements from its readings, each once, a commitment or one of the rest. */
function statementsOf(input: ExtractInput) {
  const commitments = new Map<string, ExtractedCommitment>();
  const otherStatements = new Map<string, ExtractedCommitment>();
  return {
    read(readings: SentenceReading[]) {
      for (const reading of readings) {
        if (!isStatement(reading)) continue;
        const statement = describeCommitment(reading, input);
        if (!statement) continue;
        if (byRules(reading)) commitments.set(statement.id, statement);
        else if (isSaid(reading)) otherStatements.set(statement.id, statement);
      }
    },
    found(): ArticleStatements {
      for (const id of commitments.keys()) otherStatements.delete(id);
      return { commitments: [...commitments.values()], otherStatements: [...otherStatements.values()] };
    },
  };
}

/** The sentences the rules take as commitments: see extractStatements. */
export const extractCommitments = (input: ExtractInput): ExtractedCommitment[] =>
  extractStatements(input).commitments;

/**
 * The sentence with each council the matcher found replaced by one marker word, so the rules can ask whether
 * a council is the one speaking. Without offsets, a capitalised "… Council" stands for one.
 */
function withCouncilsMarked(sentence: string, councils: { start?: number; end?: number }[]): string {
  const placed = councils.filter(
    (council): council is { start: number; end: number } =>
      council.start !== undefined && council.end !== undefined,
  );
  if (placed.length === 0) {
    return councils.length > 0 ? sentence.replace(/(?:\b[A-Z][\w'’-]* )+Council\b/g, NAMED) : sentence;
  }
  let marked = '';
  let at = 0;
  for (const { start, end } of [...placed].sort((a, b) => a.start - b.start)) {
    if (start < at) continue;
    marked += `${sentence.slice(at, start)}${NAMED}`;
    at = end;
  }
  return marked + sentence.slice(at);
}
