/**
 * What makes a statement a commitment, and what undoes one (see extract.ts). Kept as data, so that a reader
 * can see exactly what counts: each pattern is tested against a sentence with every council the matcher
 * found replaced by NAMED.
 */
import { BUDGET_DECIDED, HEADLINE_DEED, NAMED } from './voice-rules';

/** Actions a council undertakes, after "will"/"would" ("it will continue to support", "would set aside £3.5m"). */
const ACTIONS =
  'work|continu|tak|provid|support|cooperat|co-operat|updat|offer|set aside|spend|invest|fund|hir|recruit|review|press on|go(?:ing)? ahead|stop|cancel|install|remov|paint|open|reopen|implement|repair|fix|deliver|introduc|consult|meet|ensur|investigat|pursu|appeal|challeng|fight|contact|reimburs|refund|pay|commission|appoint|build|launch|extend|seek|apply|keep|maintain|monitor|assess|reflect|learn|do|doing|tackl|protect|clear|replac|refloat|construct|ask|publish|help|discuss|organis|organiz|arrang|employ|upgrad|bring .{0,20} in-house|act|reclaim|find|explor|conduct|undertak|start|begin|convene|move (?:ahead|forward)|improv|make sure|come back|advertis|enter into';

/** "-ing" words after "the council is" that report a state, a view or a request of others, not an action. */
const NOT_AN_ACTION =
  '(?:forecasting|projecting|disappointing|concerning|worrying|reassuring|devastating|heartbreaking|shocking|surprising|interesting|experiencing|facing|expecting|considering|hoping|waiting|struggling|being|having|anticipating|predicting|proposing|asking|urging|encouraging|calling|warning|advising|reminding|telling|refusing|declining|receiving|seeing|losing|running out|disputing|deciding|saying|claiming|insisting|arguing|denying|describing|thinking|feeling|looking forward|going(?! ahead)|moving in the right direction|opposing|objecting|begging|pleading|lobbying|pressing(?! ahead)|demanding|ruling)';

/** The same after "continues to": "continues to face", "continued to oppose". */
const NOT_AN_ACTION_AFTER_CONTINUE =
  '(?:experience|face|expect|consider|hope|wait|struggle|be|have|see|receive|lose|dispute|say|claim|insist|argue|deny|oppose|object|urge|ask|call|warn)';

/** The council or its people as the subject of the promise; "the park would provide £50bn" is not the council's. */
const COUNCIL_SUBJECT = `(?:\\b(?:it|we|they|he|she|I|council|authority|${NAMED}|administration|officers|officials|bosses|chiefs|engineers|teams?|crews|staff|workers|wardens|colleagues|contractors|and|but)\\b|(?:we|it|they|I)(?:'ll|’ll))`;

/** A council's word that its work is unfinished ("much still to do", "a long way to go"): an acknowledgement. */
export const WORK_STILL_TO_DO = String.raw`\b(?:much|more|work|a lot) (?:still )?to (?:do|be done)\b|\b(?:a )?long way to go\b|\bnot (?:made )?(?:enough|sufficient) progress\b`;

/** A council's word that it got things wrong: "this council has made mistakes", "there were some mistakes made". */
export const MISTAKES_MADE = String.raw`\b(?:has|have|had) made (?:some |serious |a number of |many )?mistakes\b|\b(?:were|have been|had been|has been) (?:some )?mistakes made\b|\bmistakes (?:were|have been|had been) made\b`;

/** A council's word that it failed people: "we have let these families down". */
export const LET_DOWN = String.raw`\b(?:we|I)\b[^.]{0,30}\blet (?:[\w'’]+ ){1,3}down\b`;

/** A council's apology, as cue and as kind: "apologised", "an apology", "sorry", "we deeply regret". */
export const APOLOGISING =
  /\bapologi[sz](?:e|ed|es|ing)\b|\bapolog(?:y|ies)\b|\bsorry\b|\bwe (?:deeply |sincerely |really )?regret\b/i;

/** Words that make a statement a promise, an acknowledgement or an apology. */
export const COMMITMENT_CUES: RegExp[] = [
  HEADLINE_DEED,
  BUDGET_DECIDED,
  // "it will continue to support", "the authority would be offering", "we'll press on", "would "stop vehicles""
  new RegExp(
    `${COUNCIL_SUBJECT}\\s*(?:(?:also|now|then|still|always|soon) )*(?:will|would|'ll|’ll)\\s*(?:(?:also|now|then|still|always|soon|of course|continue to|try to|be able to|be|(?!(?:likely|probably|possibly|only)\\b)[a-z]+ly) )*["“'‘]?(?:${ACTIONS})\\w*\\b`,
    'i',
  ),
  // What will be done, whoever does it: "temporary traffic lights will be installed", "staff would be told"
  /\b(?:is|are) (?:due|set) to be (?:spent|invested|pumped|ploughed|used|made available|allocated)\b|\b(?:will|would)(?: also| now| then| soon)? be ["“'‘]?(?:installed|removed|finished|completed|painted|refloated|constructed|repaired|opened|reopened|open|told|reviewed|cleared|replaced|fixed|provided|offered|recruited|hired|appointed|introduced|implemented|funded|maintained|demolished|published|arranged|carried out|restored|rebuilt|examined|prepared|contacted|monitored|investigated|collected|assessed|sent|issued|spent|pumped|invested|ploughed|used|made available|allocated)\b|\b(?:has|have) (?:also |now |already )?been (?:arranged|put in place|set up|organised|organized|announced|launched|lodged|submitted|pledged|promised|committed|allocated|earmarked|set aside)\b|\b(?:funding|money|cash)["”'’]? (?:has|have) (?:now |also )?been (?:found|secured)\b|\b(?:is|was|are|were) (?:now |currently |still |in the process of )?being (?:investigated|reviewed|made|carried out|put in place|looked (?:at|into)|addressed|monitored|repaired|cleared|prepared|contacted|supported)\b|\b(?:(?:has|have|had|'ve|’ve) (?:also |now |already )?)?(?:launched|set up|begun|started|commissioned) an? (?:[a-z-]+ ){0,2}(?:campaign|review|investigation|inquiry|consultation|programme|scheme|action plan)\b|\b(?:will|would) take place\b|\b(?:will|would)(?: now| also| soon)? (?:re-?open|remain open)\b|\bthere (?:will|would) be (?:a|an|another|further) (?:consultation|review|inspection|investigation|update)\b|\bthere (?:will|would)(?: also)? be (?:an? )?(?:increased|extra|additional|further) (?:spending|investment|funding)\b/i,
  // "it is working with", "we're investing £1m", "was now spending a further £700,000", "it was "supporting""
  new RegExp(
    `${COUNCIL_SUBJECT}(?:'re|’re|\\s+(?:is|are|was|were))(?:\\s+was)?\\s+(?:(?:now|still|also|actively|currently|already) )*["“'‘]{0,2}(?:working|investigating|investing|spending|supporting|assisting|monitoring|recruiting|reviewing|taking action|offering|providing|assessing|liaising|leading|helping|arranging|preparing|engaging|contacting|carrying out|conducting|undertaking|putting on|putting (?:[a-z]+ ){0,3}in place|looking into|talking to|taking (?:legal )?action|taking steps|pressing ahead|pushing ahead|on (?:site|hand))\\b`,
    'i',
  ),
  // What the council says it is doing, in any verb but those that report a state, a view or a request of
  // others: "it said it was "co-ordinating" the response". Only after "it/we/they", so that someone else's
  // "the council was wasting money" is not read as the council's own account.
  new RegExp(
    `(?:\\b(?:it|we|they)(?:\\s+(?:is|are|was|were|(?:have|has) been))|\\b(?:we|they)(?:'re|’re|'ve been|’ve been)|\\bsaid (?:that )?(?:the (?:council|authority)|${NAMED}) (?:is|was))\\s+(?:(?:now|still|also|actively|currently|already|closely|more than|[a-z]+ly) )*["“'‘]{0,2}(?!${NOT_AN_ACTION}\\b)[a-z]+ing\\b`,
    'i',
  ),
  // "it continued to provide support", "the council will continue to work with"
  new RegExp(
    `${COUNCIL_SUBJECT}\\s+(?:(?:has|have|had|also|will|would) )*continu(?:es|ed|e|ing) to (?!${NOT_AN_ACTION_AFTER_CONTINUE}\\b)[a-z]+`,
    'i',
  ),
  // "our bin crews will be collecting bins as usual", "we will also be improving some cycling routes": a deed
  // with its object, not "it would be amazing to hear" nor "would be something special"
  new RegExp(
    `${COUNCIL_SUBJECT}\\s*(?:will|would|'ll|’ll)(?: (?:also|now|still|then|soon))? be (?!${NOT_AN_ACTION}\\b|(?:some|any|no|every)thing\\b)[a-z]+ing (?!(?:to|for|that|as)\\b)[a-z]`,
    'i',
  ),
  // "has set aside £100,000", "it had earmarked £250k", "has given an extra £1.2m"
  new RegExp(
    `${COUNCIL_SUBJECT}\\s+(?:(?:has|have|had|also|now) )*(?:set aside|allocated|earmarked|(?:committed|given) an? (?:extra|further|additional)|committed £|agreed an? .{0,40}(?:investment|boost|funding|package)|(?:added|put|pumped|ploughed|injected|invested) (?:an? )?(?:extra |further |additional )?£|(?:agreed|voted) to (?:spend|invest|transfer|pump|plough|put|fund|allocate|recruit|hire|set aside|provide))\\b`,
    'i',
  ),
  /\b(?:commit(?:ted|s)? to|pledg(?:ed|ing)|pledges? (?:to|that|£|an? |its |their |more |extra |further |\d)|promis(?:e|ed|es|ing)|vow(?:ed|s|ing)?|(?<!\b(?:action|improvement|recovery|had) )plan(?:s|ned|ning)? to|intends? to|determined (?:to|that)|whatever it takes|look(?:s|ing)? forward to (?:sharing|working|consulting|delivering|publishing))\b/i,
  // Intentions and decisions in other words: "the plan was to target", "would take effect from 30 April",
  // "remained focused on", "we are going to the High Court", "work closely with partner agencies", decisions
  // with the day they were taken: "agreed on June 22 to close the care homes"
  /\bthe (?:plan|intention|aim) (?:is|was|would be) to\b|\b(?:our|its|their) (?:top |first |main |immediate )?priority (?:now )?(?:is|was|will be|remains) to\b|\b(?:is|remains) (?:a|an|our|the) (?:top |key |ongoing |major |number one |(?:county |city |borough |district )?council )?priority\b|\b(?:has |have )?(?:since |now |also )?(?:agreed|voted)(?: (?:last|this|next) (?:week|month|year)| on (?:\w+ )?\d{1,2}(?: \w+)?| in \w+| yesterday| today| unanimously)? to (?:pay|fund|provide|review|meet|set up|use|pump|plough|introduce|recruit|appoint|invest|spend|apologise|carry out|keep|freeze|give|investigate|close|decommission|develop|build|create|hold|sell|buy|extend|expand|increase|reduce|cut|scrap|replace|transfer|launch|open|set aside|allocate|establish|form|accept|reinstate|restore|resubmit|underwrite|borrow)\b|\b(?:is|are|was|were) (?:now )?(?:ready|prepared|able) to (?:put|provide|offer|support|help|fund|pay|act|take|defend|fight|challenge|borrow|underwrite|invest|spend)\b|\bmak(?:e|es|ing) (?:that|this|a|the|our) (?:firm |clear )?commitment\b|\bpropos(?:ed|es|ing) (?:to )?(?:invest|spend|recruit|hire|create|build)|\b(?:steps|action|measures) (?:will|would) be taken\b|\bwork (?:will|is due to|is set to) (?:start|begin)\b|\b(?:have|has|had) taken (?:swift |immediate |urgent |decisive |further )?(?:action|steps) to\b|\b(?:aims?|aiming) to\b|\b(?:remain(?:s|ed)?|(?:is|are) (?:fully |firmly |very )?) ?(?:focused on|committed to)\b|\b(?:is|are|was|were) set to\b(?! be (?:£|over|under|in (?:deficit|debt)))|\b(?:will|would)(?: also| now| then| soon)? (?:take effect|come into (?:force|effect)|go ahead|be rolled out|resume)\b|\bgoing to (?:the )?(?:court|high court|appeal|challenge)\b|\bwork(?:s|ing)? (?:closely |together |jointly )?(?:every day |daily )?(?:with|alongside|together)\b|\b(?:has|have|had) ["“'‘]?(?:temporarily )?(?:paused|suspended|halted)\b|\bcontinu(?:e|es|ed) to be (?:paused|suspended|closed|monitored|reviewed|offered|provided|supported|kept)\b/i,
  // Decisions announced: "has announced that schools will remain closed", "announced the closure of all schools"
  /\bannounced (?:that )?[^.]{0,80}\bwill\b|\bannounced (?:the |a |an )?(?:£[\d.,]+\s*(?:m|bn|k|million|billion)? )?(?:[a-z-]+ )?(?:closure|opening|reopening|launch|introduction|creation|appointment|investment|fund|scheme|package|programme)\b/i,
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
  // "'every effort' will be made to redeploy all staff"
  /\bevery effort["”'’]? (?:will|would|is being|has been) (?:be )?made to\b|\b(?:will|would) not hesitate to\b|\b(?:do|doing) (?:all|everything|whatever) (?:it|we|they) (?:can|could)\b/i,
  APOLOGISING,
  new RegExp(
    String.raw`\baccept(?:s|ed)? (?:the|that|there|all|in full|responsibility|its|these|those)|\b(?:we|I|it|they|council|authority|XCOUNCILX)(?: (?:fully|now|also|do))? (?:acknowledg(?:e|ed|es)\b|recogni[sz](?:e|ed|es) (?:that|there))|\b(?:took|take|takes|taking) (?:full )?responsibility|\badmit(?:s|ted)? (?:to|that|its|the|something|mistakes|failings|failures|errors|not|responsibility|there|(?:that )?(?:it|they|we)\b)|${WORK_STILL_TO_DO}|\bfell (?:well |far )?(?:below|short)\b|\bacceptance of\b|${MISTAKES_MADE}|${LET_DOWN}|\bwent (?:badly |seriously |very |terribly )?(?:wrong|awry)\b|\bconced(?:e|ed|es)\b|\bhad been a mistake|\bcould have been (?:done |handled )?(?:better|differently)|\ban improved way\b|\blessons (?:will be |to be |have been |had been |must be )?learn(?:ed|t)\b|\b(?:is|was|are|were) (?:not acceptable|unacceptable)\b`,
    'i',
  ),
];

/** What others demand, conditions, refusals and questions are not the council's commitments. */
export const NOT_A_COMMITMENT: RegExp[] = [
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
  /\b(?:council|authority|XCOUNCILX|it)(?: has| have| had| was| were| is)?(?: been)? (?:told|ordered|instructed|directed) to\b|\brecommend(?:s|ed|ing)? (?:that )?(?:the )?(?:council|authority|XCOUNCILX|it)\b|\b(?:was|were|been) told (?:that )?(?:it|they) (?:was|were|is|are|had)\b|\baccused of\b|\b(?:will|would) be (?:expected|required) to\b/i,
  /\b(?:Ofsted|inspectors?|the (?:new |current |previous )?government|the minister|the department|the watchdog|(?:the )?DfE|the Department for Education)\s+(?:(?:has|have|had) )?(?:said|says|found|will|would|added|warned|reports|reported|concluded|noted|reveals|revealed|promised|pledged)\b/i,
  // The government's intervention, which a council reports but does not decide: "a commissioner will be
  // appointed in the coming weeks" (the Department for Education appoints one to a failing service).
  /\bcommissioner (?:will|would|is to|is due to|has been|had been|was) (?:be )?appointed\b/i,
  // Forecasts and what might have been: "improvements will take time", "would have been appealed had it…"
  /\b(?:will|would) take (?:time|longer|years|months|a while)\b|\bwould have\b/i,
  /(?<!\beven )\bif\b(?! (?:necessary|needed|required|appropriate)\b)|\bunless\b/i,
  // Undecided: "will decide whether to appeal", "asked whether"; but "is assessing whether consent is needed"
  // is an action under way.
  /\b(?:decid\w*|consider\w*|wait\w*|unsure|unclear|undecided|asked|pushed|pressed|questioned|not (?:yet )?(?:know|say|confirm|sure)\w*)\b[^.]{0,40}\bwhether\b/i,
  // Not yet decided: "plans to transform the centre are set to be discussed by council chiefs", "is expected
  // to agree to plans", "will next month discuss plans"
  /\b(?:is|are|was|were) (?:set|due|expected) to be (?:discussed|considered|debated|decided)\b|\b(?:is|are|was|were) expected to (?:agree|approve|back|decide|vote)\b|\b(?:will|would)(?: next \w+| later| soon)? (?:discuss|debate) (?:the )?(?:plans?|proposals?)\b/i,
  // Money or help the council is given: "Alderbury Council is to receive government support"
  /\b(?:XCOUNCILX|council|authority)\s+(?:is|are|was|were)\s+(?:(?:set|due|expected|also|now)\s+)*to\s+(?:receive|get|lose)\b/i,
  /\?["”]?$/,
  /\b(?:refused|declined|failed) to\b|\bdeni(?:ed|es) (?:that )?(?:(?:she|he|it|they|we|I) )?(?:had |has |ever )*(?:pledged|promised|committed|agreed)\b|\bwould not (?:commit|say|confirm)\b|\bcould not (?:say|confirm)\b/i,
  // Refusals and hedges: "will not be removing", "has no plans to", "will not rule out", "inappropriate to comment"
  /\b(?:cannot|can['’]t|could not) (?:accept|commit)\b|\b(?:will|would) not\b|\bwon['’]t\b|\bno (?:current |immediate |further )?plans?\b|\bnot rule out\b|\bno longer\b|\binappropriate\b|\bnot (?:be )?appropriate\b/i,
  /\b(?:last year|previously|in the past|so far this year)\b.*\b(?:spent|cost)\b|\b(?:spent|cost)\b.*\b(?:last year|previously)\b/i,
];

/** "Officers will not shy away from their duty" is a promise in the negative, not a refusal. */
export const NOT_A_REFUSAL = /\b(?:(?:will|would) not|won['’]t) (?:shy away|hesitate|rest)\b/gi;

/**
 * "…and it would not be appropriate to comment further": declining to say more about one thing does not
 * take back what the sentence promised before it, so this clause is set aside before the refusals are read.
 */
export const NO_FURTHER_COMMENT =
  /(?:[,;]\s*|\s+)(?:(?:and|but|so)\s+)?(?:(?:it|we|they)\s+)?(?:(?:would|will|is|was|are|were)\s+)?(?:not\s+(?:be\s+)?(?:appropriate|right)|inappropriate|unable)\s+to\s+(?:comment|say|provide)(?:\s+(?:any\s+)?further(?:\s+comment)?)?(?:\s+at this (?:stage|time))?/gi;
