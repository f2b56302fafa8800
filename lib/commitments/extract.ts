import type { CommitmentKind, CommitmentRecord } from '../db/records';
import { parseAmount } from './amounts';
import { sentencesOf } from './sentences';

export type ExtractedCommitment = Omit<CommitmentRecord, 'status' | 'createdAt'>;

export interface ExtractInput {
  /** The article body, one string per paragraph. */
  paragraphs: string[];
  /** The council mentions in a piece of text (the extension passes its matcher). */
  findCouncils(text: string): { code: string }[];
  /** The council the article is about, for "the council said it would…". */
  mainAuthority?: string;
  article: { url: string; headline: string; publisher?: string; publishedDate?: string };
}

// The rules are data, so a reader of this file can see exactly what counts as a commitment.

/** Words that make a statement a promise, an acknowledgement or an apology. */
const COMMITMENT_CUES =
  /\b(?:commit(?:ted|s)?|pledg(?:e|ed|es)|promis(?:e|ed|es)|vow(?:ed|s)?|will|would|plans? to|intends? to|is investing|are investing|to invest|invest(?:ed|ing)? an? (?:extra|further|additional)|agreed an? .{0,40}investment|set aside|allocated|earmarked|appointed a new|has appointed|recruit(?:ed|ing)?|hir(?:e|ed|ing)|determined to|whatever it takes|apologi[sz](?:e|ed|es)|sorry|accept(?:s|ed)? (?:the|that|there|all|in full)|acknowledg(?:e|ed|es)|recogni[sz](?:e|ed|es) (?:that|there)|taking action|has taken action|is working to|are working to)\b/i;

/** Who speaks for the council in news copy. */
const COUNCIL_VOICE =
  /\b(?:council|authority|local authority)\b[^.]{0,40}\b(?:said|says|added|stated|confirmed|announced|pledged|promised|committed|vowed|apologised|admitted|accepted)\b|\b(?:spokes(?:wo)?man|spokesperson|council leader|leader of the council|cabinet member|director of children'?s services|chief executive)\b|\b(?:[Tt]he council|[Tt]he authority|it) (?:has|had|will|would|is|was)\b|^[“"](?:We|I)\b|\b[Ww]e (?:will|would|are|have|accept|apologise|are sorry)\b/;

/** What others demand, conditions and questions are not the council's commitments. */
const NOT_A_COMMITMENT = [
  /\b(?:Ofsted|inspectors?|the (?:inspection )?report|minister|government|secretary of state|the watchdog|campaigners?|opposition|critics?|parents?)\b[^.]{0,60}\b(?:must|should|needs? to|called on|urged|demanded|told the council|ordered|required)\b/i,
  /\b(?:must|should|needs? to|ought to)\b/i,
  /\b(?:Ofsted|inspectors?|the government|the minister|the department|the watchdog)\s+(?:said|says|found|will|would|added|warned)\b/i,
  /\b(?:if|unless|whether)\b/i,
  /\?["”]?$/,
  /\b(?:refused|declined|failed) to\b|\bwould not (?:commit|say|confirm)\b|\bcould not (?:say|confirm)\b/i,
  /\b(?:last year|previously|in the past|so far this year)\b.*\b(?:spent|cost)\b|\b(?:spent|cost)\b.*\b(?:last year|previously)\b/i,
];

const SPEAKER_PATTERNS = [
  /\b((?:council leader|leader of the council|cabinet member for [\w' ]+?|director of children'?s services|chief executive)(?:,? (?:Cllr\.? )?[A-Z][a-z]+(?: [A-Z][a-z'-]+)+)?)\b/i,
  /\b((?:a|the) (?:council )?(?:spokes(?:wo)?man|spokesperson)(?: for [A-Z][\w ]*?Council)?)\b/i,
];

function kindOf(sentence: string, hasAmount: boolean): CommitmentKind {
  if (/\bapologi[sz]|\bsorry\b/i.test(sentence)) return 'apology';
  if (hasAmount || /£|\bmillion\b|\binvest|\bfunding\b|\bbudget\b/i.test(sentence)) return 'money';
  if (
    /\b(?:staff|social workers?|recruit|hir(?:e|ing)|appoint|management team|workforce|caseloads?)\b/i.test(
      sentence,
    )
  ) {
    return 'staffing';
  }
  if (/\b(?:accept|acknowledg|recogni[sz])/i.test(sentence)) return 'acknowledgement';
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
 * Finds the sentences in which a council, its spokesperson, leader, cabinet member or director states a
 * commitment, and keeps each with its article. Rule-based and explainable on purpose: a reader can see why
 * a sentence was taken, and confirm or remove it.
 */
export function extractCommitments(input: ExtractInput): ExtractedCommitment[] {
  const found = new Map<string, ExtractedCommitment>();
  for (const paragraph of input.paragraphs) {
    for (const sentence of sentencesOf(paragraph)) {
      if (!COMMITMENT_CUES.test(sentence) || NOT_A_COMMITMENT.some((rule) => rule.test(sentence))) continue;
      const named = input.findCouncils(sentence)[0]?.code;
      if (!named && !COUNCIL_VOICE.test(sentence)) continue;
      const authority = named ?? input.mainAuthority;
      if (!authority) continue;
      const money = parseAmount(sentence);
      const speaker = SPEAKER_PATTERNS.map((pattern) => pattern.exec(sentence)?.[1]).find(Boolean);
      const id = commitmentId(authority, sentence);
      found.set(id, {
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
      });
    }
  }
  return [...found.values()];
}
