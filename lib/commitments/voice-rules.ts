/**
 * Who the rules hear speaking for a council (see extract.ts). Kept as data, so that a reader can see exactly
 * what counts: each pattern is tested against a sentence with every council the matcher found replaced by
 * NAMED.
 */

/** Stands in for a council the matcher found, so the rules below can say where a council name sits. */
export const NAMED = 'XCOUNCILX';

/**
 * A council as the subject of a sentence: a name the matcher found, or "the council", "his council"…, or "the
 * Council" as local papers write it (not "the Council of Europe").
 */
const COUNCIL = `(?:${NAMED}|^Council(?= )|^(?:A|THE) COUNCIL\\b|\\b(?:[Tt]he|[Aa]|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Tt]his) (?:local |city |county |borough |district )?(?:council|authority)|\\b[Tt]he (?:County |City |Borough |District )?Council(?! (?:of|for|on)\\b))`;

/** Verbs of a council speaking or acting as a body, right after it ("Kent County Council said", "the authority has"). */
const COUNCIL_VERB =
  '(?:said|says|say|added|adds|stated|states|stressed|stresses|confirmed|announced|told|claimed|explained|insisted|insists|responded|replied|pledged|promised|committed|vowed|apologised|apologized|admitted|accepted|acknowledged|agreed|voted|apologises|apologizes|admits|accepts|pledges|vows|promises|commits|agrees|is|was|are|were|has|had|have|will|would|remains|remained|takes|intend|intends|plans|aims|wants|looks)';

/**
 * A headline telling what a council does or will do: "Council recruits 35 social workers", "Council in bid
 * to cut caseloads", "Council social services apologise". Both the council's voice and the cue: a headline
 * gives no speaker, and labellers count it.
 */
export const HEADLINE_DEED =
  /^(?:[A-Z][\w'’-]* ){0,3}(?:[Cc]ouncil|XCOUNCILX)(?: (?!(?:had|planned|wanted|hoped)\b)[\w’'-]+){0,2} ['‘"“]?(?:apologises|apologise|apologizes|apologize|sorry|says sorry|recruits|hires|invests|pledges|vows|promises|commits|launches|unveils|announces|owns up|admits|agrees to|is (?:to (?!(?:be|blame)\b)|['‘]?(?:truly )?sorry)|(?:set |due )?to (?:recruit|hire|invest|spend|cut|close|build|open|reopen|create|review)|in bid to)\b/;

/** Who speaks for the council in news copy. */
export const COUNCIL_VOICE: RegExp[] = [
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
    `(?:${COUNCIL}|\\b(?:[Tt]he|[Aa]) (?:[\\w-]+ ){1,3}(?:council|authority)|\\b(?:[Cc]ouncil|[Cc]hildren['’]s services|[Ss]ocial services)(?: [\\w’'-]+){0,2} (?:bosses|boss|chiefs|chief))(?:(?:'s|’s)| (?:which|that|who) [^,.;:"“]{1,80}?)?(?: (?:today|yesterday|tonight|this week|last night|has|have|had|also|now|formally|publicly|unanimously))* (?:vowed|pledged|promised|committed|apologised|apologized|apologise|apologises|approved|unveiled|agreed to|accepted|admitted|acknowledged|conceded|made (?:a |an )?(?:public |formal |full )?apology)\\b`,
  ),
  HEADLINE_DEED,
  // Council officers' report to its councillors: "a report to Tuesday's planning committee meeting said"
  /\b[Aa] report (?:to|before) (?:[\w’'-]+ ){0,7}?(?:councillors|committee|cabinet|meeting)\b/,
  // "a council spokeswoman", "the council's leader", "a council statement", "according to the council report"
  /\b(?:council|authority|XCOUNCILX)(?:'s|’s)? (?:leader|deputy leader|spokes(?:wo)?man|spokesperson|chief executive|statement|report|cabinet member|chiefs?|boss(?:es)?|officers|director|apology|cabinet|executive(?: board)?|head of [\w'’ ]{1,40}?(?= [A-Z]| said)|(?:[a-z]+ ){0,3}(?:manager|boss)(?= [A-Z]|,| said))\b/i,
  // "leader of Stroud District Council", "a spokesperson for Lewisham Council", "on behalf of the council",
  // its officers: "fostering social worker at Moray Council", "Director of Children's & Adults' Services at
  // Portsmouth City Council"
  new RegExp(
    `\\b(?:[Ll]eader|[Cc]hief [Ee]xecutive|[Ss]ocial [Ww]orker|[Oo]fficer|[Mm]anager|[Hh]ead of [\\w' ]{1,40}?|[Dd]irector of [^,.]{1,50}?|[Ss]pokes(?:wo)?(?:man|person)|[Ss]tatement(?:,? (?:issued|released|published))?|(?:[Cc]abinet|[Ll]ead) [Mm]ember[^,.]{0,50}|[Pp]ortfolio [Hh]older[^,.]{0,50}|[Cc]hair(?:man|woman)?|[Oo]n behalf) (?:of|for|by|from|at) (?:the )?(?:(?:[\\w'’-]+ ){0,2}${NAMED}|(?:[a-z]+ )?(?:[Cc]ouncil|authority))\\b`,
  ),
  // Roles only a council has: "portfolio holder for children and families Councillor Adrian Farley said"
  /\b(?:cabinet member|lead member|portfolio holder|director of children['’]?s services|council leader)\b/i,
  // Announced by the council: "a £6m investment has been announced for children's services by Somerset County Council"
  new RegExp(
    `\\b(?:announced|pledged|promised|unveiled|launched|committed|allocated|earmarked|agreed)\\b[^.]{0,80}?\\bby (?:the )?(?:${NAMED}|[Cc]ouncil leader\\b|(?:(?:city|county|borough|district) )?(?:council|authority)\\b)`,
  ),
  // Its councillors, cabinet or committee deciding: "senior councillors in Leeds have agreed a £6.2m boost",
  // "Council leaders have agreed to provide 2,500 homes", "cabinet members met on Wednesday to approve",
  // "Huntingdonshire District Council members have given the go-ahead", "the committee agreed to a review"
  /\b(?:[Cc]ouncillors|(?:[Cc]abinet|[Cc]ommittee|XCOUNCILX|[Cc]ouncil) (?:members|leaders|bosses|chiefs)|[Mm]embers of (?:the )?(?:XCOUNCILX|council)(?:'s|’s)?(?: [\w-]+){0,3}|[Tt]he (?:cabinet|committee)|Cabinet)(?: in [A-Z][\w-]*(?: [A-Z][\w-]*)?)? (?:have |has |had |also |now |recently |unanimously |this week |met [\w ]{1,30}? to )*(?:agreed|approved|approve|voted|backed|given (?:the )?(?:go-ahead|green light)|signed off|rubber-stamped)\b/,
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
export const MONEY_TO_BE_SPENT =
  /(?:£[\d.,]+\s*(?:m|bn|k|million|billion)?|\bmillions?\b|\bMILLION\b|\b(?:extra|additional|more) (?:money|funding|cash)|\bthe (?:money|funding|fund|investment|cash)\b)[^.]{0,80}?\b(?:(?:will|would|is (?:due|set) to|are (?:due|set) to)(?: also| now)? (?:be (?:spent|pumped|invested|ploughed|used|made available|allocated|put)|go (?:towards|into))|(?:was|were|has been|have been) (?:approved|agreed|signed off|rubber-stamped|set aside|earmarked))\b|\b(?:[Pp]lans|[Pp]roposals) (?:have been|has been|were|was) (?:approved|agreed|backed) to (?:pump|spend|invest|put|plough|create|build|recruit|hire)\b|\bgiven the (?:green light|go-ahead) for (?:an? )?(?:extra |additional |further )?£/i;
/**
 * A budget decision told in the story's own words: "Council tax will be frozen", "the budget for staff
 * training will also be cut", "the pest control service will close to save £24,760". Local coverage of a
 * budget vote tells the council's decisions so, naming nobody; the article's council is the one deciding.
 */
export const BUDGET_DECIDED =
  /\b(?:council tax|charges?|fees?|service|budget|grants?|pot|savings?|cuts?)\b[^.]{0,60}?\b(?:will|would)(?: also| now)? (?:be (?:frozen|cut|increased|raised|reduced|transferred|introduced|borrowed|scrapped|axed|made)|close|rise|increase|fall)\b|\b(?:will|would) (?:close|be (?:cut|axed|scrapped|reduced)) to save £/i;

/** Someone other than the council who might be the one spending, or money going to the council. */
export const OTHER_SPENDER =
  /\b(?:(?:allocated|given|awarded|granted|paid) to|group|campaign|government|minister|department|DfE|Whitehall|Treasury|NHS|trust|developer|company|firm|lottery|charity|university|police)\b/i;

/** A council anywhere in the sentence, speaking or not. */
export const MENTIONS_COUNCIL = new RegExp(COUNCIL);

/** "A spokesperson said": the council's only where the council is in the sentence or was the last to speak. */
export const BARE_SPOKESPERSON =
  /\b(?:spokes(?:wo)?man|spokesperson)\b|\b(?:[Tt]he|[Ii]ts|[Tt]heir) statement (?:said|says|added|adds|continued)\b|^["“](?:We|I)\b|\b[Ww]e(?:'re|’re| are| will| have| accept| apologise)\b/;

/**
 * A sentence that opens a quotation while the council was the last to speak carries on the council's words
 * (news copy gives a statement paragraph by paragraph, naming the speaker once), unless someone else is
 * named as saying it; "…," it said / the council added keeps it the council's.
 */
export const CONTINUED_QUOTE = /^["“‘]/;
export const OWN_ATTRIBUTION =
  /["”’],? (?:it|they|the (?:council|authority)|(?:a|the) (?:council )?spokes(?:wo)?(?:man|person)) (?:said|added|says|adds|stated)\b/;

/**
 * "It said…", "They added…" right after the council spoke: the council still speaking. Only right after, as
 * "it" is the nearest body named: on a live page, "It says:" after "a statement from the nursery" is the nursery.
 * "She added:" opens the next quotation of the councillor just heard; a reported "He says…" is left out, as
 * it keeps the speaker going through sentences that bring in someone else (a BBC story's whistle-blower).
 * "It will…" right after the council spoke goes on with what the council will do ("The council will also
 * look at… It will also assess…").
 */
export const IT_SAYS_ON =
  /^(?:It|They) (?:also |later |previously )?(?:said|says|added|adds|confirmed|explained|stated|acknowledged|admitted|accepted|pledged|promised|vowed|committed)\b|^(?:He|She) (?:also |later )?(?:said|says|added|adds):|^(?:It|They) (?:will|would) /;
/** A spokesperson for someone else: "a police spokesperson", "a spokesman for the rail operator". */
export const OTHER_SPOKESPERSON =
  /\b(?:police|force|government|party|company|firm|university|NHS|trust|union|club|school)(?:'s|’s)? spokes|\bspokes(?:wo)?(?:man|person) for (?!(?:the )?(?:council|authority|XCOUNCILX))/i;

/** Someone else reporting or saying something: a council sentence after it no longer speaks for the council. */
export const ANY_REPORTING = /\b(?:said|says|added|told|stated|confirmed|announced|claimed)\b/;
