import type { CommitmentKind, CommitmentRecord } from '../db/records';
import { parseAmount } from './amounts';
import { withInitials } from './initials';
import { sentencesOf } from './sentences';
import { councilPeopleOf, followSpeakers } from './speakers';

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

// The rules are data, so a reader of this file can see exactly what counts as a commitment. A sentence is
// taken when (1) the council speaks in it, (2) it says what the council will do, is doing, has set aside,
// accepts or apologises for, and (3) nothing in it makes it a demand, a condition, a refusal or a forecast.

/** Stands in for a council the matcher found, so the rules below can say where a council name sits. */
const NAMED = 'XCOUNCILX';

/** A council as the subject of a sentence: a name the matcher found, or "the council", "his council"… */
const COUNCIL = `(?:${NAMED}|^Council(?= )|^(?:A|THE) COUNCIL\\b|\\b(?:[Tt]he|[Aa]|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Tt]his) (?:local |city |county |borough |district )?(?:council|authority))`;

/** Verbs of a council speaking or acting as a body, right after it ("Kent County Council said", "the authority has"). */
const COUNCIL_VERB =
  '(?:said|says|added|adds|stated|states|confirmed|announced|told|claimed|explained|insisted|responded|replied|pledged|promised|committed|vowed|apologised|apologized|admitted|accepted|acknowledged|agreed|voted|apologises|apologizes|admits|accepts|pledges|vows|promises|commits|agrees|is|was|are|were|has|had|have|will|would|remains|remained|takes|intend|intends|plans|aims|wants|looks)';

/**
 * A headline telling what a council does or will do: "Council recruits 35 social workers", "Council in bid
 * to cut caseloads", "Council social services apologise". Both the council's voice and the cue: a headline
 * gives no speaker, and labellers count it.
 */
const HEADLINE_DEED =
  /^(?:[A-Z][\w'’-]* ){0,3}[Cc]ouncil(?: [\w’'-]+){0,2} (?:apologises|apologise|apologizes|apologize|recruits|hires|invests|pledges|vows|promises|commits|is (?:to (?!(?:be|blame)\b)|['‘]?(?:truly )?sorry)|to (?:recruit|hire|invest|spend|cut|close|build|open|create|review)|in bid to)\b/;

/** Who speaks for the council in news copy. */
const COUNCIL_VOICE: RegExp[] = [
  // "Kent County Council said", "the authority has now said", "Bradford Council, which runs the scheme, said";
  // not the council as an object: "the costs for the council are increasing"
  new RegExp(
    `(?<!\\b(?:for|to|from|with|by|on|at|against|about|towards) )${COUNCIL}(?: in [A-Z][\\w-]*| \\(${NAMED}\\))?(?:,[^,]{0,80},)?,?\\s+(?:(?:has|have|had|also|now|previously|later|earlier|since) )*["“'‘]{0,2}${COUNCIL_VERB}\\b`,
  ),
  // The council's promise or apology told in the story's own words, with the council as its subject:
  // "A council which let a child go without school has vowed…", "the north London council promised",
  // "Norfolk County Council today pledged", "children's services bosses have apologised", "Fenland Council
  // approved the investment". Not "launched": that is as often a past deed ("In 2025 the council launched").
  new RegExp(
    `(?:${COUNCIL}|\\b(?:[Tt]he|[Aa]) (?:[\\w-]+ ){1,3}(?:council|authority)|\\b(?:[Cc]ouncil|[Cc]hildren['’]s services|[Ss]ocial services)(?: [\\w’'-]+){0,2} (?:bosses|chiefs))(?:(?:'s|’s)| (?:which|that|who) [^,.;:"“]{1,80}?)?(?: (?:today|yesterday|tonight|this week|last night|has|have|had|also|now|formally|publicly|unanimously))* (?:vowed|pledged|promised|committed|apologised|apologized|apologise|apologises|approved|unveiled|agreed to|made (?:a |an )?(?:public |formal |full )?apology)\\b`,
  ),
  HEADLINE_DEED,
  // "a council spokeswoman", "the council's leader", "a council statement"
  /\b(?:council|authority|XCOUNCILX)(?:'s|’s)? (?:leader|deputy leader|spokes(?:wo)?man|spokesperson|chief executive|statement|cabinet member|chiefs|bosses|officers|director|apology|cabinet|executive(?: board)?|head of [\w'’ ]{1,40}?(?= [A-Z]| said)|(?:[a-z]+ ){0,3}manager(?= [A-Z]| said))\b/i,
  // "leader of Stroud District Council", "a spokesperson for Lewisham Council", "on behalf of the council",
  // its officers: "fostering social worker at Moray Council", "Director of Children's & Adults' Services at
  // Portsmouth City Council"
  new RegExp(
    `\\b(?:[Ll]eader|[Cc]hief [Ee]xecutive|[Ss]ocial [Ww]orker|[Oo]fficer|[Mm]anager|[Hh]ead of [\\w' ]{1,40}?|[Dd]irector of [^,.]{1,50}?|[Ss]pokes(?:wo)?(?:man|person)|[Ss]tatement(?: issued)?|(?:[Cc]abinet|[Ll]ead) [Mm]ember[^,.]{0,50}|[Pp]ortfolio [Hh]older[^,.]{0,50}|[Cc]hair(?:man|woman)?|[Oo]n behalf) (?:of|for|by|from|at) (?:the )?(?:(?:[\\w'’-]+ ){0,2}${NAMED}|(?:[a-z]+ )?(?:council|authority))\\b`,
  ),
  // Roles only a council has: "portfolio holder for children and families Councillor Adrian Farley said"
  /\b(?:cabinet member|lead member|portfolio holder|director of children['’]?s services|council leader)\b/i,
  // Announced by the council: "a £6m investment has been announced for children's services by Somerset County Council"
  new RegExp(
    `\\b(?:announced|pledged|promised|unveiled|launched|committed|allocated|earmarked|agreed)\\b[^.]{0,80}?\\bby (?:the )?(?:${NAMED}|[Cc]ouncil leader\\b|(?:council|authority)\\b)`,
  ),
  // Its councillors, cabinet or committee deciding: "senior councillors in Leeds have agreed a £6.2m boost",
  // "Council leaders have agreed to provide 2,500 homes", "cabinet members met on Wednesday to approve",
  // "Huntingdonshire District Council members have given the go-ahead", "the committee agreed to a review"
  /\b(?:[Cc]ouncillors|(?:[Cc]abinet|[Cc]ommittee|XCOUNCILX|[Cc]ouncil) (?:members|leaders|bosses|chiefs)|[Mm]embers of (?:the )?(?:XCOUNCILX|council)(?:'s|’s)?(?: [\w-]+){0,3}|[Tt]he (?:cabinet|committee)|Cabinet)(?: in [A-Z][\w-]*)? (?:have |has |had |also |unanimously |this week |met [\w ]{1,30}? to )*(?:agreed|approved|approve|voted|backed|given (?:the )?(?:go-ahead|green light)|signed off|rubber-stamped)\b/,
  // Anyone of the council's, named after the quote: "…," says Anglesey Council's head of regulation
  new RegExp(`\\b(?:said|says|added|adds) (?:the |a )?(?:${NAMED}|council|authority)(?:'s|’s) `),
  // A joint statement: "Carmarthenshire council, the school and Dyfed-Powys Police said"
  new RegExp(`${COUNCIL}(?:, [^,.;:"“]{1,60}){0,3},? and [^,.;:"“]{1,60}? (?:said|say|added|stated)\\b`),
];

/**
 * Money a story says will be spent or was approved, in its own words, with nobody else named to spend it:
 * "an extra £4.2m is due to be spent on children's services", "the money will be spent on hiring more
 * social workers", "an extra £13.3m was approved for adult social care". Local coverage of a council's
 * budget decision tells it so; the article's council is the one spending.
 */
const MONEY_TO_BE_SPENT =
  /(?:£[\d.,]+\s*(?:m|bn|k|million|billion)?|\bmillions?\b|\bMILLION\b|\b(?:extra|additional|more) (?:money|funding|cash)|\bthe (?:money|funding|fund|investment|cash)\b)[^.]{0,80}?\b(?:(?:will|would|is (?:due|set) to|are (?:due|set) to)(?: also| now)? (?:be (?:spent|pumped|invested|ploughed|used|made available|allocated|put)|go (?:towards|into))|(?:was|were|has been|have been) (?:approved|agreed|signed off|rubber-stamped|set aside|earmarked))\b|\b(?:[Pp]lans|[Pp]roposals) (?:have been|has been|were|was) (?:approved|agreed|backed) to (?:pump|spend|invest|put|plough|create|build|recruit|hire)\b|\bgiven the (?:green light|go-ahead) for (?:an? )?(?:extra |additional |further )?£/i;
/**
 * A budget decision told in the story's own words: "Council tax will be frozen", "the budget for staff
 * training will also be cut", "the pest control service will close to save £24,760". Local coverage of a
 * budget vote tells the council's decisions so, naming nobody; the article's council is the one deciding.
 */
const BUDGET_DECIDED =
  /\b(?:council tax|charges?|fees?|service|budget|grants?|pot|savings?|cuts?)\b[^.]{0,60}?\b(?:will|would)(?: also| now)? (?:be (?:frozen|cut|increased|raised|reduced|transferred|introduced|borrowed|scrapped|axed|made)|close|rise|increase|fall)\b|\b(?:will|would) (?:close|be (?:cut|axed|scrapped|reduced)) to save £/i;

/** Someone other than the council who might be the one spending, or money going to the council. */
const OTHER_SPENDER =
  /\b(?:(?:allocated|given|awarded|granted|paid) to|group|campaign|government|minister|department|DfE|Whitehall|Treasury|NHS|trust|developer|company|firm|lottery|charity|university|police)\b/i;

/** A council anywhere in the sentence, speaking or not. */
const MENTIONS_COUNCIL = new RegExp(COUNCIL);

/** "A spokesperson said": the council's only where the council is in the sentence or was the last to speak. */
const BARE_SPOKESPERSON =
  /\b(?:spokes(?:wo)?man|spokesperson)\b|\b(?:[Tt]he|[Ii]ts|[Tt]heir) statement (?:said|says|added|adds|continued)\b|^["“](?:We|I)\b|\b[Ww]e(?:'re|’re| are| will| have| accept| apologise)\b/;

/**
 * A sentence that opens a quotation while the council was the last to speak carries on the council's words
 * (news copy gives a statement paragraph by paragraph, naming the speaker once), unless someone else is
 * named as saying it; "…," it said / the council added keeps it the council's.
 */
const CONTINUED_QUOTE = /^["“‘]/;
const OWN_ATTRIBUTION =
  /["”’],? (?:it|they|the (?:council|authority)|(?:a|the) (?:council )?spokes(?:wo)?(?:man|person)) (?:said|added|says|adds|stated)\b/;

/**
 * "It said…", "They added…" right after the council spoke: the council still speaking. Only right after, as
 * "it" is the nearest body named: on a live page, "It says:" after "a statement from the nursery" is the nursery.
 * "She added:" opens the next quotation of the councillor just heard; a reported "He says…" is left out, as
 * it keeps the speaker going through sentences that bring in someone else (a BBC story's whistle-blower).
 * "It will…" right after the council spoke goes on with what the council will do ("The council will also
 * look at… It will also assess…").
 */
const IT_SAYS_ON =
  /^(?:It|They) (?:also |later |previously )?(?:said|says|added|adds|confirmed|explained|stated)\b|^(?:He|She) (?:also |later )?(?:said|says|added|adds):|^(?:It|They) (?:will|would) /;

/**
 * Longer than any statement: page text whose breaks were lost, running over several posts of a live page and
 * the page's own data. Whoever speaks in it, nobody is known to be speaking after it.
 */
const LONGEST_STATEMENT = 600;

/** A spokesperson for someone else: "a police spokesperson", "a spokesman for the rail operator". */
const OTHER_SPOKESPERSON =
  /\b(?:police|force|government|party|company|firm|university|NHS|trust|union|club|school)(?:'s|’s)? spokes|\bspokes(?:wo)?(?:man|person) for (?!(?:the )?(?:council|authority|XCOUNCILX))/i;

/** Someone else reporting or saying something: a council sentence after it no longer speaks for the council. */
const ANY_REPORTING = /\b(?:said|says|added|told|stated|confirmed|announced|claimed)\b/;

/** Actions a council undertakes, after "will"/"would" ("it will continue to support", "would set aside £3.5m"). */
const ACTIONS =
  'work|continu|tak|provid|support|cooperat|co-operat|updat|offer|set aside|spend|invest|fund|hir|recruit|review|press on|go(?:ing)? ahead|stop|cancel|install|remov|paint|open|reopen|implement|repair|fix|deliver|introduc|consult|meet|ensur|investigat|pursu|appeal|challeng|fight|contact|reimburs|refund|pay|commission|appoint|build|launch|extend|seek|apply|keep|maintain|monitor|assess|reflect|learn|do|doing|tackl|protect|clear|replac|refloat|construct|ask|publish|help|discuss|organis|organiz|arrang|employ|upgrad|bring .{0,20} in-house|act|reclaim|find|explor|conduct|undertak|start|begin|convene|move (?:ahead|forward)';

/** "-ing" words after "the council is" that report a state, a view or a request of others, not an action. */
const NOT_AN_ACTION =
  '(?:forecasting|projecting|disappointing|concerning|worrying|reassuring|devastating|heartbreaking|shocking|surprising|interesting|experiencing|facing|expecting|considering|hoping|waiting|struggling|being|having|anticipating|predicting|proposing|asking|urging|encouraging|calling|warning|advising|reminding|telling|refusing|declining|receiving|seeing|losing|running out|disputing|deciding|saying|claiming|insisting|arguing|denying|describing|thinking|feeling|looking forward|going(?! ahead)|opposing|objecting|begging|pleading|lobbying|pressing(?! ahead)|demanding|ruling)';

/** The same after "continues to": "continues to face", "continued to oppose". */
const NOT_AN_ACTION_AFTER_CONTINUE =
  '(?:experience|face|expect|consider|hope|wait|struggle|be|have|see|receive|lose|dispute|say|claim|insist|argue|deny|oppose|object|urge|ask|call|warn)';

/** The council or its people as the subject of the promise; "the park would provide £50bn" is not the council's. */
const COUNCIL_SUBJECT = `(?:\\b(?:it|we|they|he|she|I|council|authority|${NAMED}|officers|officials|bosses|chiefs|engineers|teams|crews|staff|workers|wardens|colleagues|contractors|and|but)\\b|(?:we|it|they|I)(?:'ll|’ll))`;

/** Words that make a statement a promise, an acknowledgement or an apology. */
const COMMITMENT_CUES: RegExp[] = [
  HEADLINE_DEED,
  BUDGET_DECIDED,
  // "it will continue to support", "the authority would be offering", "we'll press on", "would "stop vehicles""
  new RegExp(
    `${COUNCIL_SUBJECT}\\s*(?:(?:also|now|then|still|always|soon) )*(?:will|would|'ll|’ll)\\s*(?:(?:also|now|then|still|always|soon|continue to|try to|be able to|be|(?!(?:likely|probably|possibly|only)\\b)[a-z]+ly) )*["“'‘]?(?:${ACTIONS})\\w*\\b`,
    'i',
  ),
  // What will be done, whoever does it: "temporary traffic lights will be installed", "staff would be told"
  /\b(?:is|are) (?:due|set) to be (?:spent|invested|pumped|ploughed|used|made available|allocated)\b|\b(?:will|would)(?: also| now| then| soon)? be ["“'‘]?(?:installed|removed|finished|completed|painted|refloated|constructed|repaired|opened|reopened|open|told|reviewed|cleared|replaced|fixed|provided|offered|recruited|hired|appointed|introduced|implemented|funded|maintained|demolished|published|arranged|carried out|restored|rebuilt|examined|prepared|contacted|monitored|investigated|collected|assessed|spent|pumped|invested|ploughed|used|made available|allocated)\b|\b(?:has|have) (?:also |now |already )?been (?:arranged|put in place|set up|organised|organized|announced|launched|lodged|submitted|pledged|promised|committed|allocated|earmarked|set aside)\b|\b(?:is|was|are|were) (?:now |currently |still |in the process of )?being (?:investigated|reviewed|made|carried out|put in place|looked (?:at|into)|addressed|monitored|repaired|cleared|prepared|contacted|supported)\b|\b(?:(?:has|have|had|'ve|’ve) (?:also |now |already )?)?(?:launched|set up|begun|started|commissioned) an? (?:[a-z-]+ ){0,2}(?:campaign|review|investigation|inquiry|consultation|programme|scheme|action plan)\b|\b(?:will|would) take place\b|\bthere (?:will|would) be (?:a|an|another|further) (?:consultation|review|inspection|investigation|update)\b/i,
  // "it is working with", "we're investing £1m", "was now spending a further £700,000", "it was "supporting""
  new RegExp(
    `${COUNCIL_SUBJECT}(?:'re|’re|\\s+(?:is|are|was|were))(?:\\s+was)?\\s+(?:(?:now|still|also|actively|currently|already) )*["“'‘]{0,2}(?:working|investigating|investing|spending|supporting|assisting|monitoring|recruiting|reviewing|taking action|offering|providing|assessing|liaising|leading|helping|arranging|preparing|engaging|contacting|carrying out|conducting|undertaking|putting on|putting (?:[a-z]+ ){0,3}in place|looking into|talking to|taking (?:legal )?action|taking steps|pressing ahead|pushing ahead|on (?:site|hand))\\b`,
    'i',
  ),
  // What the council says it is doing, in any verb but those that report a state, a view or a request of
  // others: "it said it was "co-ordinating" the response". Only after "it/we/they", so that someone else's
  // "the council was wasting money" is not read as the council's own account.
  new RegExp(
    `(?:\\b(?:it|we|they)(?:\\s+(?:is|are|was|were|(?:have|has) been))|\\b(?:we|they)(?:'re|’re|'ve been|’ve been)|\\bsaid (?:that )?(?:the (?:council|authority)|${NAMED}) (?:is|was))\\s+(?:(?:now|still|also|actively|currently|already|closely) )*["“'‘]{0,2}(?!${NOT_AN_ACTION}\\b)[a-z]+ing\\b`,
    'i',
  ),
  // "it continued to provide support", "the council will continue to work with"
  new RegExp(
    `${COUNCIL_SUBJECT}\\s+(?:(?:has|have|had|also|will|would) )*continu(?:es|ed|e|ing) to (?!${NOT_AN_ACTION_AFTER_CONTINUE}\\b)[a-z]+`,
    'i',
  ),
  // "has set aside £100,000", "it had earmarked £250k", "has given an extra £1.2m"
  new RegExp(
    `${COUNCIL_SUBJECT}\\s+(?:(?:has|have|had|also|now) )*(?:set aside|allocated|earmarked|(?:committed|given) an? (?:extra|further|additional)|committed £|agreed an? .{0,40}(?:investment|boost|funding|package)|(?:added|put|pumped|ploughed|injected|invested) (?:an? )?(?:extra |further |additional )?£|(?:agreed|voted) to (?:spend|invest|transfer|pump|plough|put|fund|allocate|recruit|hire|set aside|provide))\\b`,
    'i',
  ),
  /\b(?:commit(?:ted|s)? to|pledg(?:e|ed|es|ing)|promis(?:e|ed|es|ing)|vow(?:ed|s|ing)?|(?<!\b(?:action|improvement|recovery) )plan(?:s|ned|ning)? to|intends? to|determined (?:to|that)|whatever it takes|look(?:s|ing)? forward to (?:sharing|working|consulting|delivering|publishing))\b/i,
  // Intentions and decisions in other words: "the plan was to target", "would take effect from 30 April",
  // "remained focused on", "we are going to the High Court", "work closely with partner agencies"
  /\bthe (?:plan|intention|aim) (?:is|was|would be) to\b|\b(?:our|its|their) (?:top |first |main |immediate )?priority (?:now )?(?:is|was|will be|remains) to\b|\b(?:has |have )?(?:since |now |also )?(?:agreed|voted) to (?:pay|fund|provide|review|meet|set up|use|pump|plough|introduce|recruit|appoint|invest|spend|apologise|carry out|keep|freeze|give|investigate)\b|\b(?:is|are|was|were) (?:ready|prepared|able) to (?:put|provide|offer|support|help|fund|pay|act|take|defend|fight|challenge)\b|\bpropos(?:ed|es|ing) (?:to )?(?:invest|spend|recruit|hire|create|build)|\b(?:steps|action|measures) (?:will|would) be taken\b|\bwork (?:will|is due to|is set to) (?:start|begin)\b|\b(?:have|has|had) taken (?:swift |immediate |urgent |decisive |further )?(?:action|steps) to\b|\b(?:aims?|aiming) to\b|\b(?:remain(?:s|ed)?|(?:is|are) (?:fully |firmly |very )?) ?(?:focused on|committed to)\b|\b(?:is|are|was|were) set to\b(?! be (?:£|over|under|in (?:deficit|debt)))|\b(?:will|would)(?: also| now| then| soon)? (?:take effect|come into (?:force|effect)|go ahead|be rolled out|resume)\b|\bgoing to (?:the )?(?:court|high court|appeal|challenge)\b|\bwork(?:s|ing)? (?:closely |together |jointly )?(?:every day |daily )?(?:with|alongside|together)\b|\b(?:has|have|had) ["“'‘]?(?:temporarily )?(?:paused|suspended|halted)\b|\bcontinu(?:e|es|ed) to be (?:paused|suspended|closed|monitored|reviewed|offered|provided|supported|kept)\b/i,
  // Decisions announced: "has announced that schools will remain closed", "announced the closure of all schools"
  /\bannounced (?:that )?[^.]{0,80}\bwill\b|\bannounced (?:the |a |an )?(?:£[\d.,]+\s*(?:m|bn|k|million|billion)? )?(?:closure|opening|reopening|launch|introduction|creation|appointment|investment)\b/i,
  // A decision of the council's cabinet or committee, or money it approved: "the Cabinet unanimously approved
  // a target budget", "an extra £13.3 million was approved", "was given the green light for an extra £7.8m"
  // Only for money or a go-ahead: "agreed to support the restriction" is a decision already carried out.
  /\b(?:approved|agreed|backed|signed off|rubber-stamped)\b[^.]{0,80}?(?:£|\bbudget|\bfunding|\binvestment|\bspending)|(?:£[\d.,]*|\bbudget|\bfunding|\binvestment|\bspending)[^.]{0,80}?\b(?:was|were|has been|have been) (?:approved|agreed)\b|\bgiven (?:the )?(?:go-ahead|green light) for\b/i,
  // "Hounslow Council is to invest £1.8m", "the centre is due to reopen", "an investigation is under way"
  new RegExp(
    `${COUNCIL_SUBJECT}[^.]{0,20}?\\b(?:is|are) (?:also |now )?(?:to|due to) (?!(?:be|blame)\\b)[a-z]+\\b|\\b(?:is|are) to go ahead\\b|\\b(?:is|are) (?:now )?under ?way\\b`,
    'i',
  ),
  // What the council means to do: "the authority wants to recruit its own social workers", "looks to recruit"
  /\b(?:wants?|looks?|looking|seeks?|seeking) to (?:recruit|hire|build|invest|spend|provide|create|introduce|expand|increase|deliver|develop|open|reopen|install|appoint|set up|bring)\b/i,
  /\bapologi[sz](?:e|ed|es)|\bapolog(?:y|ies)\b|\bsorry\b/i,
  /\baccept(?:s|ed)? (?:the|that|there|all|in full|responsibility|its|these|those)|\b(?:we|I|it|they|council|authority|XCOUNCILX)(?: (?:fully|now|also|do))? (?:acknowledg(?:e|ed|es)\b|recogni[sz](?:e|ed|es) (?:that|there))|\b(?:took|take|takes|taking) (?:full )?responsibility|\badmit(?:s|ted)? (?:to|that|its|the|something|mistakes|failings|failures|errors|not)\b|\b(?:much|more|work|a lot) (?:still )?to do\b|\b(?:a )?long way to go\b|\bnot (?:made )?(?:enough|sufficient) progress\b|\bfell (?:well |far )?(?:below|short)\b|\bacceptance of\b|\bwent (?:badly |seriously |very |terribly )?(?:wrong|awry)\b|\bconced(?:e|ed|es)\b|\bhad been a mistake|\bcould have been (?:done |handled )?(?:better|differently)|\ban improved way\b|\blessons (?:will be |to be |have been |had been |must be )?learn(?:ed|t)\b|\b(?:is|was|are|were) (?:not acceptable|unacceptable)\b/i,
];

/** What others demand, conditions, refusals and questions are not the council's commitments. */
const NOT_A_COMMITMENT: RegExp[] = [
  // Not the council's own regret ("we have not supported them as well as we should have") nor what it says
  // it has to do ("everything we need to do").
  /\b(?:must|should(?! have)|(?<!\b(?:we|We|I) )needs? to|ought to)\b/i,
  // What others hope, want or wish the council to do: "he hoped the council would cut charges", "she wished
  // that Alderbury Council would listen"
  /\b(?:hope[sd]?|hoping|wants?|wanted|wish(?:es|ed)?)\b (?:that )?(?:the |his |her |their )?(?:council|authority|XCOUNCILX|it|they)\b/i,
  // Others' demands: "residents urged the council to", "called on it to"; not the council's own appeal to
  // readers inside its statement ("I would urge you not to react").
  /(?<!\b(?:I|we|We)(?: would| also| 'd|'d|’d)? )\b(?:urged?|urging|called on|calls on|calling on|called for|calling for|demanded)\b/i,
  // Told by someone else: "the council has been told to apologise" (by the ombudsman), "councils will be
  // expected to consult" (by the government).
  /\b(?:council|authority|XCOUNCILX|it)(?: has| have| had| was| were| is)?(?: been)? (?:told|ordered|instructed|directed) to\b|\b(?:will|would) be (?:expected|required) to\b/i,
  /\b(?:Ofsted|inspectors?|the government|the minister|the department|the watchdog|(?:the )?DfE|the Department for Education)\s+(?:said|says|found|will|would|added|warned|reports|reported|concluded|noted|reveals|revealed)\b/i,
  // The government's intervention, which a council reports but does not decide: "a commissioner will be
  // appointed in the coming weeks" (the Department for Education appoints one to a failing service).
  /\bcommissioner (?:will|would|is to|is due to|has been|had been|was) (?:be )?appointed\b/i,
  // Forecasts and what might have been: "improvements will take time", "would have been appealed had it…"
  /\b(?:will|would) take (?:time|longer|years|months|a while)\b|\bwould have\b/i,
  /(?<!\beven )\bif\b(?! (?:necessary|needed|required|appropriate)\b)|\bunless\b/i,
  // Undecided: "will decide whether to appeal", "asked whether"; but "is assessing whether consent is needed"
  // is an action under way.
  /\b(?:decid\w*|consider\w*|wait\w*|unsure|unclear|undecided|asked|pushed|pressed|questioned|not (?:yet )?(?:know|say|confirm|sure)\w*)\b[^.]{0,40}\bwhether\b/i,
  /\?["”]?$/,
  /\b(?:refused|declined|failed) to\b|\bwould not (?:commit|say|confirm)\b|\bcould not (?:say|confirm)\b/i,
  // Refusals and hedges: "will not be removing", "has no plans to", "will not rule out", "inappropriate to comment"
  /\b(?:cannot|can['’]t|could not) accept\b|\b(?:will|would) not\b|\bwon['’]t\b|\bno (?:current |immediate |further )?plans?\b|\bnot rule out\b|\bno longer\b|\binappropriate\b|\bnot (?:be )?appropriate\b/i,
  /\b(?:last year|previously|in the past|so far this year)\b.*\b(?:spent|cost)\b|\b(?:spent|cost)\b.*\b(?:last year|previously)\b/i,
];

/** "Officers will not shy away from their duty" is a promise in the negative, not a refusal. */
const NOT_A_REFUSAL = /\b(?:(?:will|would) not|won['’]t) (?:shy away|hesitate|rest)\b/gi;

/**
 * "…and it would not be appropriate to comment further": declining to say more about one thing does not
 * take back what the sentence promised before it, so this clause is set aside before the refusals are read.
 */
const NO_FURTHER_COMMENT =
  /(?:[,;]\s*|\s+)(?:(?:and|but|so)\s+)?(?:(?:it|we|they)\s+)?(?:(?:would|will|is|was|are|were)\s+)?(?:not\s+(?:be\s+)?(?:appropriate|right)|inappropriate|unable)\s+to\s+(?:comment|say|provide)(?:\s+(?:any\s+)?further(?:\s+comment)?)?(?:\s+at this (?:stage|time))?/gi;

const SPEAKER_PATTERNS = [
  // Written case by case, not with the "i" flag, so that the name after the role must be capitalised: with
  // it, "director of children's services said staff had worked hard" was all taken for the speaker.
  /\b((?:[Cc]ouncil [Ll]eader|[Ll]eader of the [Cc]ouncil|[Cc]abinet [Mm]ember for [\w' ]+?|[Dd]irector of [Cc]hildren['’]?s [Ss]ervices|[Cc]hief [Ee]xecutive)(?:,? (?:Cllr\.? )?[A-Z][a-z]+(?: [A-Z][a-z'-]+)+)?)\b/,
  /\b((?:a|the) (?:council )?(?:spokes(?:wo)?man|spokesperson)(?: for [A-Z][\w ]*?Council)?)\b/i,
];

function kindOf(sentence: string, hasAmount: boolean): CommitmentKind {
  if (/\bapologi[sz]|\bsorry\b/i.test(sentence)) return 'apology';
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
  if (
    /\b(?:accept|acknowledg|recogni[sz]|unacceptable|admit)|\b(?:a )?long way to go\b|\b(?:much|more|work) (?:still )?to do\b|\bnot (?:made )?(?:enough|sufficient) progress\b/i.test(
      sentence,
    )
  ) {
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
    for (const [sentenceIndex, sentence] of sentencesOf(paragraph).entries()) {
      const councils = findCouncils(sentence);
      const text = withCouncilsMarked(sentence, councils);
      const person = speakers.personSaying(sentence, councils[0]?.code ?? input.mainAuthority);
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
  const money = parseAmount(sentence);
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
