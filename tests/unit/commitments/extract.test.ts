import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../../lib/commitments/amounts';
import {
  extractCommitments,
  extractStatements,
  extractStatementsInSlices,
} from '../../../lib/commitments/extract';
import { sentencesOf } from '../../../lib/commitments/sentences';
import { createMatcher } from '../../../lib/match/matcher';
import { LABELLED } from '../../fixtures/commitments/labelled-sentences';
import { tinyPack } from '../../fixtures/tiny-pack';

const matcher = createMatcher(tinyPack().authorities);
const article = {
  url: 'https://news.example/story',
  headline: 'A story',
  publisher: 'News',
  publishedDate: '2024-03-01',
};
const extract = (...paragraphs: string[]) =>
  extractCommitments({
    paragraphs,
    findCouncils: (text) => matcher.find(text),
    mainAuthority: 'E99000001',
    article,
  });
/** The quotes kept from these paragraphs, in order. */
const quotesOf = (...paragraphs: string[]) => extract(...paragraphs).map(({ quote }) => quote);
/** The quotes kept, each with the council it was given to. */
const quotesWithCouncils = (...paragraphs: string[]) =>
  extract(...paragraphs).map(({ quote, authority }) => ({ quote, authority }));

describe('amounts in every form newsrooms write them', () => {
  it.each([
    ['£10m', 10_000_000],
    ['an extra £10m', 10_000_000],
    ['£1.2m', 1_200_000],
    ['£500,000', 500_000],
    ['£10 million', 10_000_000],
    ['£7bn', 7_000_000_000],
    ['£250k', 250_000],
    ['a fee of £17.50', 17.5],
    ['a band D bill of £1,234.56', 1_234.56],
  ])('%s', (text, amount) => {
    expect(parseAmount(text)).toEqual({ amount });
  });
  it('"multi-million pound" is money without a figure', () => {
    expect(parseAmount('a multi-million pound plan')).toEqual({ amountUnspecified: true });
  });
});

describe('sentences', () => {
  it('keeps "Cllr. Smith" in one sentence and a quote that runs over sentences whole', () => {
    expect(
      sentencesOf('Cllr. Smith spoke. “We accept the report. We will act,” she said. Then it ended.'),
    ).toEqual(['Cllr. Smith spoke.', '“We accept the report. We will act,” she said.', 'Then it ended.']);
  });

  it('starts a new sentence where a new quotation opens, though the last was left open', () => {
    // Page text that lost its paragraph breaks: a quoted paragraph left open, the next one quoted anew.
    const runOn =
      'A resident said: “Nobody listens. “The lane floods every winter.” The council said it would act.';
    expect(sentencesOf(runOn)).toEqual([
      'A resident said: “Nobody listens.',
      '“The lane floods every winter.”',
      'The council said it would act.',
    ]);
  });
});

describe('commitments', () => {
  it('keeps the exact sentence, the council, the kind, the amount, the speaker and the article', () => {
    const [found] = extract(
      'A spokesperson for Alderbury Council said it had committed an extra £10m to the service.',
    );
    expect(found).toMatchObject({
      authority: 'E99000001',
      quote: 'A spokesperson for Alderbury Council said it had committed an extra £10m to the service.',
      kind: 'money',
      amount: 10_000_000,
      speaker: 'A spokesperson for Alderbury Council',
      articleUrl: article.url,
      publishedDate: '2024-03-01',
    });
  });

  it('falls back to the article\'s council for "the council said it would"', () => {
    expect(extract('The council said it would hire more staff.')[0]?.authority).toBe('E99000001');
  });

  it("carries a council's quoted statement on into the next paragraph, but not someone else's words", () => {
    const found = quotesOf(
      'A spokesperson for Alderbury Council said: “We are deeply saddened by the accident.',
      '“As always, our teams will work with the school to support everyone affected.”',
      '“They will never fix this road,” a neighbour said.',
    );
    expect(found).toEqual(['“As always, our teams will work with the school to support everyone affected.”']);
  });

  it("finds the council's promise inside a run-on sentence and quotes that statement alone", () => {
    expect(
      quotesOf(
        'Residents said: “Nobody listens to us. “Alderbury Council has failed us.” A spokesperson for Alderbury Council said it would repair the lane in spring.',
      ),
    ).toEqual(['A spokesperson for Alderbury Council said it would repair the lane in spring.']);
  });

  it.each([
    "Jo Bloggs, chair of Alderbury Council's parks committee, said the bandstand will be repaired by June.",
    'Alderbury Council said the new parking rules would take effect from 1 May.',
    'A council spokesperson said: “We work closely with the police and partner agencies.”',
    'Alderbury Council confirmed it had “temporarily paused” admissions to the care home.',
    'The council said it was pressing ahead with weekly collections.',
    'The council said it felt the consultation could have been handled better.',
    'Alderbury Council said it was taking legal action against the landlord.',
    // Forms of council decisions in children's-services coverage (the probe's stories).
    'It said: "This council is determined to put every finding right."',
    "Alderbury Council's cabinet said it had set aside £2m for social workers.",
    'The council agreed to spend an extra £2m on social workers.',
    'A further £3m has been committed by the council over the next year.',
    'The council has added £1.5m to its budget for foster placements.',
    'The council leader said: "We will tirelessly work to put this right."',
    'The council leader said all open cases were in the process of being reviewed.',
    'Alderbury Council admitted to placing children in homes that were not registered.',
    'The leader of Alderbury Council staked her job on it, vowing to turn the service around.',
    'A council spokesperson said: "We are determined that we will make these changes quickly."',
    "The council said its priority was to put the review's recommendations in place.",
    'Alderbury Council has since agreed to pay £300 to each family for the delay.',
    'A council spokesperson said: "We have taken swift action to add 20 social workers to the team."',
    // Headlines, councillors deciding, and money the story says will be spent with nobody else to spend it.
    'Council apologises for failings in foster care',
    'Alderbury Council admits its care service let children down',
    'Councillors also agreed to use reserves to fund two more social workers.',
    'An extra £2m is due to be spent on children’s services next year.',
    'Alderbury Council has apologised after residents were told to put the wrong bins out.',
  ])('hears a commitment in: %s', (sentence) => {
    expect(quotesOf(sentence)).toEqual([sentence]);
  });

  it.each([
    // A charity with "Council" in its name is not a council.
    'The chief executive of the Refugee Council said the charity would keep supporting families.',
    // Someone else's quotation carrying on, naming the council as the one to be helped.
    'A rail director said: “Work on the line is hard. “We will help Alderbury Council to reopen the station.”',
    // A resident's wish for the council, and a council leader's view, are not promises.
    'A resident added he wished that Alderbury Council would “look at the shelters they’re providing”.',
    'The deputy leader of the council said it was disappointing that the group had ignored the deadline.',
  ])('hears no commitment in: %s', (sentence) => {
    expect(extract(sentence)).toEqual([]);
  });

  it('hears a council leader introduced once by name when the surname alone speaks later', () => {
    const found = quotesWithCouncils(
      'Jo Marsh, the leader of Brookfield District Council, visited the flooded estate on Monday.',
      'Marsh said she would open the council’s leisure centre to families who had to leave their homes.',
      'Pat Green, who lives on the estate, said she would stay with her sister.',
    );
    expect(found).toEqual([
      {
        quote:
          'Marsh said she would open the council’s leisure centre to families who had to leave their homes.',
        authority: 'E99000002',
      },
    ]);
  });

  it('hears a council by the initials the article gave it in brackets', () => {
    const found = quotesWithCouncils(
      'Brookfield District Council (BDC) said the footpath had been closed after the landslip.',
      'BDC said its engineers were "working with the landowner" on a new route.',
    );
    expect(found).toEqual([
      {
        quote: 'BDC said its engineers were "working with the landowner" on a new route.',
        authority: 'E99000002',
      },
    ]);
  });

  it('hears "It said…" right after the council spoke as the council, but not after someone else', () => {
    expect(
      quotesOf(
        'Alderbury Council said the pool had shut because of a fault.',
        'It said the repairs would be finished by the end of March.',
      ),
    ).toEqual(['It said the repairs would be finished by the end of March.']);
    expect(
      quotesOf(
        'Alderbury Council said the pool had shut because of a fault.',
        'The operator, a leisure trust, blamed a supplier.',
        'It said the repairs would be finished by the end of March.',
      ),
    ).toEqual([]);
  });

  it('hears "It will…" right after the council spoke as the council carrying on, but not after someone else', () => {
    const reopen = 'It will reopen the pool in May once the roof has been mended.';
    expect(quotesOf('Alderbury Council said the pool had shut because of a leak.', reopen)).toEqual([reopen]);
    expect(
      quotesOf(
        'Alderbury Council said the pool had shut because of a leak.',
        'The operator, a leisure trust, blamed its roofing contractor.',
        reopen,
      ),
    ).toEqual([]);
  });

  it('hears a council speaking in a joint statement, and the quotation it ends with "they said"', () => {
    const joint =
      'In a joint statement, Alderbury Council, the school and the health board said they were shocked.';
    const quote = '"We have read the review and will work with all partners on an action plan," they said.';
    expect(quotesOf(joint, quote)).toEqual([quote]);
  });

  it('carries the statement on: "the statement added", then the quotation after it', () => {
    const carried = '"Each appeal will then be reviewed by senior officers at the council."';
    expect(
      quotesOf(
        'A council spokesperson said the fines were set by law.',
        'The statement added: "Residents who disagree can appeal.',
        carried,
      ),
    ).toEqual([carried]);
  });

  it("hears the article's council in an officer it names only as the council's", () => {
    const found = quotesWithCouncils(
      'At the meeting, council chief executive, Sam McAllister, said signal had been poor for months.',
      'Mr McAllister confirmed he would be organising a meeting with the phone companies.',
    );
    expect(found).toEqual([
      {
        quote: 'Mr McAllister confirmed he would be organising a meeting with the phone companies.',
        authority: 'E99000001',
      },
    ]);
  });

  it('hears roles only a council has, with the council unnamed: a portfolio holder, a lead member', () => {
    const portfolio =
      'At the full council meeting, the portfolio holder for children Councillor Dee Ashworth apologised for the failings.';
    const leadMember = 'The lead member for schools said officers were reviewing every placement.';
    expect(quotesWithCouncils(portfolio, leadMember)).toEqual([
      { quote: portfolio, authority: 'E99000001' },
      { quote: leadMember, authority: 'E99000001' },
    ]);
  });

  it('hears a cabinet member introduced by role alone, with "Coun" for a title, when the surname speaks later', () => {
    const found = quotesOf(
      'The report was discussed by cabinet member for children, Coun Rob Tenby, on Tuesday.',
      'Coun Tenby said he would publish a recovery plan next month.',
      'Nia Lowe, cabinet member for housing, joined the meeting late.',
      'Lowe said the council would recruit two more support workers.',
    );
    expect(found).toEqual([
      'Coun Tenby said he would publish a recovery plan next month.',
      'Lowe said the council would recruit two more support workers.',
    ]);
  });

  it.each([
    'Alderbury Council members have given the go-ahead for a consultation on parking charges.',
    'Council leaders have agreed to provide 300 new council homes over the next ten years.',
    "The council's cabinet on Tuesday unanimously approved a budget that raises spending on foster care.",
    'At the same meeting, an extra £2.1m was approved for foster care next year.',
    'Alderbury Council is to invest £1.8m in new CCTV cameras.',
    'The authority wants to recruit its own social workers instead of paying agencies.',
  ])(
    "hears a decision of the council, its cabinet or committee, told in the story's own words: %s",
    (sentence) => {
      expect(quotesOf(sentence)).toEqual([sentence]);
    },
  );

  it.each([
    // A decision already carried out, with no money and nothing still to do.
    'Late last year the council agreed to support the ban, having ruled out other options.',
    // A campaigner's account of the budget, though it says "we".
    'Sam Reed, a youth worker and campaigner, wrote: "The budget has been approved and we have got back £600,000."',
  ])('hears no council decision in: %s', (sentence) => {
    expect(quotesOf(sentence)).toEqual([]);
  });

  it('hears a chief executive and a leader named by role alone, and "Mr…" and "he" for them later', () => {
    const apologised = 'Both chief executive Daniel Okafor and leader Coun Ruth Penn apologised on Thursday.';
    const accepted = 'Mr Okafor said: "We accept the findings in full."';
    const promised = '"We will publish an improvement plan within a month," he said.';
    expect(
      quotesWithCouncils(apologised, accepted, 'The report was published on Tuesday.', promised),
    ).toEqual([
      { quote: apologised, authority: 'E99000001' },
      { quote: accepted, authority: 'E99000001' },
      { quote: promised, authority: 'E99000001' },
    ]);
  });

  it("hears an elected mayor as the council's, but not a combined authority's mayor", () => {
    const apology = 'Alderbury Mayor Jo Tranter said: "I am sorry that we let these children down."';
    const regional = 'Greater Manchester Mayor Sam Oduya said he would fund two more bus routes.';
    expect(quotesWithCouncils(apology, regional)).toEqual([{ quote: apology, authority: 'E99000001' }]);
  });

  it('hears an officer of the council, and the quotation they carry on', () => {
    const continued = '"We continue to give every new carer training and support."';
    expect(
      quotesOf(
        'Fostering manager at Alderbury Council Pat Idowu said: "Anyone over 21 can apply to foster."',
        continued,
      ),
    ).toEqual([continued]);
  });

  it('hears a leader introduced after the council name with "councillor" in lower case', () => {
    const admitted = 'He said: "Things went badly wrong, and we have to take responsibility for that."';
    expect(
      quotesOf(
        'The Alderbury Council leader, councillor Kim Osei, spoke after the audit.',
        'Osei said the audit was hard reading.',
        admitted,
      ),
    ).toEqual([admitted]);
  });

  it("hears a director of the council's services, and the quotation they carry on", () => {
    const apology =
      '"We accept that the support we gave this family should have been better, and we apologise."';
    expect(
      quotesOf(
        "In response, Lee Ward, Director of Children's and Adults' Services at Alderbury Council said:",
        apology,
      ),
    ).toEqual([apology]);
  });

  it.each([
    'Council officers have promised to look again at how bins are collected on narrow roads.',
    'Alderbury Council has launched an independent review of its fostering service.',
    'A recruitment drive has been launched by Alderbury Council to find more foster carers.',
    'Council bosses will set aside £2m to buy homes for families in emergency housing.',
    'Alderbury Council said it is planning to spend £3m on new school places.',
    'In March, the council announced a £1.5m investment in youth clubs.',
    'A council spokesperson said an appeal has been lodged against the ruling.',
    'The council leader admitted mistakes had been made in handling the complaints.',
    'A council spokesperson said: "We look forward to sharing the draft plan with parents."',
  ])('hears the council launching, planning, announcing or owning up: %s', (sentence) => {
    expect(quotesOf(sentence)).toEqual([sentence]);
  });

  it("does not take what councils will be expected to do (by the government) as a council's promise", () => {
    expect(
      quotesOf(
        'The council said councils will be expected to consult parents on how the money will be spent.',
      ),
    ).toEqual([]);
  });

  it('hears the person who opens the sentence after "The new leader of … Council" as that leader', () => {
    const promised = '"We will recruit more social workers and put this right," he said.';
    expect(
      quotesWithCouncils(
        'The new leader of Brookfield District Council has said the report made him angry.',
        'Cllr Sam Ode was elected leader last week.',
        promised,
      ),
    ).toEqual([{ quote: promised, authority: 'E99000002' }]);
  });

  it('stops hearing "she" as the council\'s person once someone else comes into the story', () => {
    const leader = "Alderbury Council's leader, Jo Marsh, said the figures were disappointing.";
    const quote = '"We will keep the centre open until the summer," she said.';
    expect(quotesOf(leader, quote)).toEqual([quote]);
    expect(quotesOf(leader, 'Ms Patel, a resident who runs the café next door, disagreed.', quote)).toEqual(
      [],
    );
    expect(quotesOf(leader, 'A mother of two said her son had nowhere to go.', quote)).toEqual([]);
  });

  it.each([
    'Conservative group leader Coun Ann Lee said the council had failed families.',
    "The association's deputy chief executive Kay Rowe said the teams were under strain.",
    'Former leader Cllr Tom Hale said the cuts had gone too far.',
  ])("hears no council person in someone else's leader or executive: %s", (introduction) => {
    expect(quotesOf(introduction, '"We will keep pressing for answers," she said.')).toEqual([]);
  });

  it('carries a council speaker\'s quotation on after "She added:", but not a reported "She says…"', () => {
    const added = 'She added: "Every family affected will be contacted this week."';
    expect(
      quotesOf("Alderbury Council's cabinet member, Jan Rhys, said it had been a hard year.", added),
    ).toEqual([added]);
    // Reported speech is the speaker's only when a council is heard in it; a quotation after a sentence
    // that brings in someone else is not carried on by it.
    expect(
      quotesOf(
        "Alderbury Council's cabinet member, Jan Rhys, said it had been a hard year.",
        'She says the new rota "has helped".',
        'That matches what a former social worker saw.',
        '"We will keep asking for help," she said.',
      ),
    ).toEqual([]);
  });

  it('reads a council\'s own regret and its "everything we need to do" as no demand of others', () => {
    const regret =
      '"I apologise to the families we have not supported as well as we should have," the council leader said.';
    const resolve =
      'The council leader said: "We accept the findings and we are determined to do everything we need to do."';
    expect(quotesOf(regret)).toEqual([regret]);
    expect(quotesOf(resolve)).toEqual([resolve]);
  });

  it('hears "was unacceptable" as an acknowledgement and "would be able to find" the money as a promise', () => {
    const unacceptable = 'A council spokesperson said the delays were unacceptable.';
    const find = 'The council leader insisted the council would be able to find the extra £1m a year.';
    expect(extract(unacceptable).map(({ kind }) => kind)).toEqual(['acknowledgement']);
    expect(extract(find).map(({ kind, amount }) => ({ kind, amount }))).toEqual([
      { kind: 'money', amount: 1_000_000 },
    ]);
  });

  it('hears a promise announced by the council in the passive, council chiefs, and "we accept its findings"', () => {
    const announced =
      'A £4m boost for foster care has been announced by Brookfield District Council after the inspection.';
    const chiefs = 'Council chiefs said they would publish an action plan within a month.';
    const acceptIts = 'The council leader said: "We fully accept its findings."';
    expect(quotesWithCouncils(announced)).toEqual([{ quote: announced, authority: 'E99000002' }]);
    expect(quotesOf(chiefs)).toEqual([chiefs]);
    expect(quotesOf(acceptIts)).toEqual([acceptIts]);
  });

  it("hears a council's promise or apology told in the story's own words, with the council as its subject", () => {
    const vowed =
      'A council that left a boy without a school place for seven months has vowed to make sure it never happens again.';
    const promised = 'The rural council promised an independent review of the case.';
    const today = 'Alderbury Council today pledged a robust defence of its plans.';
    const bosses = "Children's services bosses have apologised to the family.";
    const approved = 'Brookfield District Council approved the investment this week.';
    expect(quotesOf(vowed)).toEqual([vowed]);
    expect(quotesOf(promised)).toEqual([promised]);
    expect(quotesOf(today)).toEqual([today]);
    expect(extract(bosses).map(({ kind }) => kind)).toEqual(['apology']);
    expect(quotesWithCouncils(approved)).toEqual([{ quote: approved, authority: 'E99000002' }]);
  });

  it("takes a headline's council acting as a commitment of the article's council", () => {
    for (const headline of [
      'Council recruits 35 social workers to cut caseloads',
      'Council in bid to cut caseloads by hiring 20 more staff',
      'Council social services apologise for poor care of two sisters',
    ])
      expect(quotesWithCouncils(headline)).toEqual([{ quote: headline, authority: 'E99000001' }]);
    expect(quotesOf('Council criticised over care of two sisters')).toEqual([]);
  });

  it("takes a budget's decisions told in the story's words as the article's council's, but not another's plans", () => {
    const frozen = 'Council tax will be frozen after councillors backed the amended budget.';
    const close = 'The mobile library service will close to save £18,000 a year.';
    const setAside = 'Around £2m has been set aside for new classrooms.';
    const plans = 'Plans have been approved to pump £1.2m into the pay of social workers.';
    expect(quotesOf(frozen)).toEqual([frozen]);
    expect(extract(close).map(({ kind, amount }) => ({ kind, amount }))).toEqual([
      { kind: 'money', amount: 18_000 },
    ]);
    expect(quotesOf(setAside)).toEqual([setAside]);
    expect(quotesOf(plans)).toEqual([plans]);
    expect(quotesOf('The bus service will close in March, the operator said.')).toEqual([]);
    expect(quotesOf('The road will close for three weeks while pipes are replaced.')).toEqual([]);
  });

  it('hears "is to" with any deed, decisions going ahead, and members of the council deciding', () => {
    const tell = 'Alderbury Council is to tell ministers it opposes the bill.';
    const goAhead = 'Plans to merge the two schools are to go ahead, Alderbury Council said.';
    const members =
      "Members of Brookfield District Council's cabinet agreed to proposals to build a £10m school.";
    expect(quotesOf(tell)).toEqual([tell]);
    expect(quotesOf(goAhead)).toEqual([goAhead]);
    expect(quotesWithCouncils(members)).toEqual([{ quote: members, authority: 'E99000002' }]);
    expect(quotesOf('The council is to blame for the delays, Alderbury Council said.')).toEqual([]);
  });

  it('hears "the Council" with a capital, as local papers write it, but not the Council of Europe', () => {
    const capital = 'The Council said it would repair the footbridge by the spring.';
    expect(quotesOf(capital)).toEqual([capital]);
    expect(quotesOf('The Council of Europe said it would review the treaty.')).toEqual([]);
  });

  it("hears a cabinet's decisions with the day they were taken, and the leader's team", () => {
    const lastMonth = 'Alderbury Council leaders agreed last month to decommission two care homes.';
    const onDay = 'Cabinet members agreed on June 22 to close the depot.';
    const team = 'The new leader said his team is to meet council officers to draw up spending plans.';
    expect(quotesOf(lastMonth)).toEqual([lastMonth]);
    expect(quotesOf(onDay)).toEqual([onDay]);
    expect(quotesOf(team)).toEqual([team]);
    expect(quotesOf('Cabinet members agreed on June 22 to note the report.')).toEqual([]);
  });

  it("reads each bullet point of a council's list with its lead-in, and quotes the point alone", () => {
    const found = extract(
      'Alderbury Council has agreed to:',
      '• apologise to the father and grandmother;',
      '• pay the father £1,000 to acknowledge his distress;',
      'The family said they were relieved.',
    );
    expect(found.map(({ quote, amount }) => [quote, amount])).toEqual([
      ['• apologise to the father and grandmother;', undefined],
      ['• pay the father £1,000 to acknowledge his distress;', 1000],
    ]);
    // Someone else's list for the council, and bullets with no lead-in, are not the council's promises.
    expect(quotesOf('The ombudsman recommended that the council should:', '• pay the family £500.')).toEqual(
      [],
    );
    expect(quotesOf('The council has agreed to act.', '• pay the family £500.')).toEqual([]);
  });

  it('hears a joint statement issued by a council, what "it acknowledged", and "every effort will be made"', () => {
    const joint =
      'A joint statement, issued by Alderbury Council and the police, said they were working to implement the recommendations.';
    const acknowledged = 'It also acknowledged that "past issues of governance" had played a part.';
    const report = "It also says 'every effort' will be made to minimise disruption.";
    expect(quotesOf(joint)).toEqual([joint]);
    expect(quotesOf('Alderbury Council said it was disappointed.', acknowledged)).toEqual([acknowledged]);
    expect(quotesOf('The inspectors said the service was poor.', acknowledged)).toEqual([]);
    expect(quotesOf('According to the council report, two homes will close.', report)).toEqual([report]);
    expect(quotesOf('The council said: "Every effort should be made to find the money."')).toEqual([]);
  });

  it("hears a council's chief or boss, its person named with no role, and a committee's chair", () => {
    const headline = 'Alderbury Council chief Jane Roe apologises over failings';
    const apology = 'She said: "I apologise to the children who were let down."';
    const boss = 'A council boss has pledged to fix potholes in his county.';
    const chairAdds = 'He added: "We will clear the backlog by April."';
    expect(quotesOf(headline)).toEqual([headline]);
    expect(
      quotesOf(
        "Speaking this week, Alderbury Council's Jane Roe said the report came out on Monday.",
        apology,
      ),
    ).toEqual([apology]);
    expect(quotesOf(boss)).toEqual([boss]);
    expect(
      quotesOf(
        'Coun Douglas Jones, chair of the housing policy committee, said repairs were slow.',
        chairAdds,
      ),
    ).toEqual([chairAdds]);
    // An MP chairing a select committee does not speak for the council.
    expect(
      quotesOf(
        'Sarah Smith, chair of the education select committee, said the figures were worrying.',
        chairAdds,
      ),
    ).toEqual([]);
  });

  it('hears "admitted responsibility", "work to be done", a headline\'s "sorry" and a cabinet that "recently agreed"', () => {
    const responsibility = 'Alderbury Council admitted responsibility for a data breach.';
    const toBeDone = 'The council leader said: "There is still work to be done."';
    const sorry = 'Alderbury Council sorry for email addresses leak';
    const cabinet = 'The Cabinet has recently agreed to open its new shop on Saturday mornings.';
    expect(extract(responsibility, toBeDone, sorry).map(({ kind }) => kind)).toEqual([
      'acknowledgement',
      'acknowledgement',
      'apology',
    ]);
    expect(quotesOf(cabinet)).toEqual([cabinet]);
    expect(quotesOf('The contractor admitted responsibility for the leak.')).toEqual([]);
    expect(quotesOf('The Cabinet has recently agreed to note the report.')).toEqual([]);
  });

  it('hears a fund announced, an admission it was wrong, letting people down and a stated priority', () => {
    const fund = 'Alderbury Council has announced a £2m hardship fund for tenants.';
    const headline = 'Alderbury Council launches £50,000 fund for village halls';
    const wrong = 'The council has now admitted it was wrong to close the footbridge.';
    const letDown = 'The council leader said: "We have, quite simply, let these families down."';
    const priority = 'The council leader said clearing the backlog is a top priority.';
    expect(quotesOf(fund, headline, wrong, letDown, priority)).toEqual([
      fund,
      headline,
      wrong,
      letDown,
      priority,
    ]);
    expect(quotesOf('The minister announced a £2m fund for councils.')).toEqual([]);
    expect(quotesOf('The contractor admitted it was wrong to close the footbridge.')).toEqual([]);
    expect(quotesOf('Parents said the council had let their children down.')).toEqual([]);
  });

  it('hears what "it" pledged after the council spoke, agreements to set things up, and "we are more than doubling"', () => {
    const spoke = 'Alderbury Council said it would help traders through the winter.';
    const itPledged = 'It also pledged to pay its suppliers early.';
    const group =
      'A council spokesperson said it was agreed to establish a working group on school transport.';
    const doubling = 'The council leader said: "We are more than doubling the number of gritters."';
    expect(quotesOf(spoke, itPledged)).toEqual([spoke, itPledged]);
    expect(quotesOf(group, doubling)).toEqual([group, doubling]);
    expect(quotesOf('The bus company spoke to traders.', 'It also pledged to run later buses.')).toEqual([]);
    expect(quotesOf('The council leader said: "We are seeing more requests."')).toEqual([]);
  });

  it("hears the officers' report to councillors, which speaks for the council", () => {
    const report =
      'A report to Tuesday\'s planning committee meeting said: "We are also writing to every agent to explain the delays."';
    expect(quotesOf(report)).toEqual([report]);
    expect(quotesOf("A report by the residents' association said the delays were getting worse.")).toEqual(
      [],
    );
  });

  it('hears deeds the council "will be doing", "we\'ll make sure", "we will come back" and its administration\'s promise', () => {
    const crews = 'A council spokesperson said: "Our bin crews will be collecting bins as usual this week."';
    const routes = 'The council leader said: "We will also be improving the cycling routes into town."';
    const notice = 'The council leader said: "We\'ll make sure residents get plenty of notice."';
    const comeBack = 'The council leader said: "We will come back to residents with a new plan."';
    const administration = 'The council leader said the administration would challenge the ruling in court.';
    expect(quotesOf(crews, routes, notice, comeBack, administration)).toEqual([
      crews,
      routes,
      notice,
      comeBack,
      administration,
    ]);
    expect(
      quotesOf('The council leader said: "It would be amazing to hear the organ played again."'),
    ).toEqual([]);
    expect(quotesOf('The council leader said: "It would be something special for the town."')).toEqual([]);
  });

  it('hears a director "at the Council", agreements to accept a grant and extra spending there "would be"', () => {
    const director =
      'The Director of Neighbourhood Services at the Council said: "We are working hard to fix the rota."';
    const grant = "The council's cabinet agreed to accept a freeze grant from the government.";
    const spending = 'The council leader said there would also be increased spending on youth clubs.';
    expect(quotesOf(director, grant, spending)).toEqual([director, grant, spending]);
  });

  it('does not take a plan given up, an accusation, a refusal to commit or progress others found', () => {
    expect(quotesOf('Alderbury Council had planned to close the road in the summer.')).toEqual([]);
    expect(quotesOf('Alderbury Council has been accused of breaking promises to fix potholes.')).toEqual([]);
    expect(
      quotesOf('The council leader said: "We cannot commit to a long court case and its costs."'),
    ).toEqual([]);
    expect(quotesOf('Alderbury Council said it was told it was making encouraging progress.')).toEqual([]);
    expect(quotesOf('The council leader said the authority was now moving in the right direction.')).toEqual(
      [],
    );
  });

  it('hears headlines in other words: "\'sorry\'", "set to reopen", "agrees to", "owns up"', () => {
    const headlines = [
      "Alderbury Council 'sorry' for late school buses",
      'Alderbury Council set to reopen its tips on Monday',
      "Welsh council agrees to accept the ombudsman's findings",
      'Council owns up to paying its bills late',
    ];
    expect(headlines.map((headline) => quotesOf(headline).length)).toEqual([1, 1, 1, 1]);
    expect(quotesOf('The shop owner said the cafe will reopen on Tuesday.')).toEqual([]);
  });

  it('hears what will reopen, be advertised, kept up to date or regretted, and what it admits it does', () => {
    const reopen = 'Alderbury Council has said its recycling centres will reopen on Tuesday.';
    const advertise = 'Instead the council will now advertise for an interim chief executive.';
    const upToDate = 'A council spokesperson said: "We will of course keep residents up to date."';
    const regret = 'The council said: "We regret that some parents are still waiting for a driver."';
    const admits = 'Alderbury Council has admitted it pays hundreds of invoices late.';
    expect(quotesOf(reopen, advertise, upToDate, regret, admits)).toEqual([
      reopen,
      advertise,
      upToDate,
      regret,
      admits,
    ]);
  });

  it('takes the sum the promise names, not one told before it', () => {
    const final =
      'The £25m project will go ahead after Alderbury Council agreed to find the final £6m from borrowing.';
    const before = 'An extra £4m will be spent on fostering, Alderbury Council said.';
    const onTop = 'Alderbury Council said it would spend £2m next year and £1m the year after.';
    expect(extract(final, before, onTop).map(({ amount }) => amount)).toEqual([
      6_000_000, 4_000_000, 2_000_000,
    ]);
  });

  it('calls letting people down an acknowledgement and "we regret" or "an apology" an apology, not an action', () => {
    const letDown = 'The council leader said: "We have, quite simply, let these families down."';
    const regret = 'The council said: "We regret that some parents are still waiting for a driver."';
    const apology = 'Alderbury Council has offered an apology to the families.';
    expect(extract(letDown, regret, apology).map(({ kind }) => kind)).toEqual([
      'acknowledgement',
      'apology',
      'apology',
    ]);
  });

  it("does not take what others recommend the council do, nor the government's promises it quotes", () => {
    expect(quotesOf('It also recommended the council apologise to the family.')).toEqual([]);
    expect(
      quotesOf('A council spokesperson said: "The new government has promised more trees will be planted."'),
    ).toEqual([]);
  });

  it('hears councillors "in" a two-word place, cuts agreed "by the city council" and what the council "stressed"', () => {
    const councillors = 'Councillors in East Alderbury have agreed to invest £3m in social housing.';
    const cuts = "Cuts to the coming year's budget have been agreed by the city council.";
    const stressed =
      'The authority, which employs 900 people, stressed that it was continuing to redeploy displaced workers.';
    expect(quotesOf(councillors, cuts, stressed)).toEqual([councillors, cuts, stressed]);
  });

  it('hears agreements to reinstate or borrow, "prepared to borrow", "make that commitment" and bills "sent"', () => {
    const reinstate = 'The council also agreed to reinstate a free collection of bulky waste.';
    const borrow = 'The council leader said the council was now prepared to borrow the other £6m.';
    const commitment = 'The council leader said: "I\'ve got to make that commitment now."';
    const sent = 'A council spokesperson said new bills will be sent to every customer.';
    expect(quotesOf(reinstate, borrow, commitment, sent)).toEqual([reinstate, borrow, commitment, sent]);
  });

  it('does not take a pledge denied, nor plans only "set to be discussed"', () => {
    expect(quotesOf('The leader of Alderbury Council has denied she pledged to freeze council tax.')).toEqual(
      [],
    );
    expect(quotesOf('Plans to rebuild the market are set to be discussed by council chiefs.')).toEqual([]);
  });

  it('hears "the top tier authority accepted", "the council say", a council\'s "transport boss" and money "found"', () => {
    const accepted = 'The top tier authority accepted that the service was not good enough.';
    const say = 'Potholes remain an issue which the council say is committed to tackling.';
    const boss =
      'Jo Bloggs, the council\'s parks and transport boss, said: "Charges in every car park will be frozen next year."';
    const found =
      'The council has now said that "alternative" funding has been found to keep the toilets open.';
    expect(quotesOf(accepted, say, boss, found)).toEqual([accepted, say, boss, found]);
    expect(quotesOf('A council spokesperson said a new home has been found for every family.')).toEqual([]);
  });

  it('hears "will not hesitate to", "do all it could" and "has made mistakes", not only "want to reassure"', () => {
    const hesitate = 'A council spokesperson said: "We will not hesitate to act against any landlord."';
    const allItCould = 'The council leader said the borough would do all it could to cut its emissions.';
    const mistakes = '"This council has made mistakes, as every organisation does," the council leader said.';
    expect(extract(hesitate, allItCould, mistakes).map(({ kind }) => kind)).toEqual([
      'action',
      'action',
      'acknowledgement',
    ]);
    expect(
      quotesOf('A council spokesperson said: "We want to reassure residents that the site is safe."'),
    ).toEqual([]);
  });

  it('does not take money the council is given, nor plans it is only expected to agree or will discuss', () => {
    const spend = 'Alderbury Council is to spend £2m bringing empty homes back into use.';
    expect(quotesOf(spend)).toEqual([spend]);
    expect(quotesOf('Alderbury Council is to receive government support for empty homes.')).toEqual([]);
    expect(quotesOf('Alderbury Council is expected to agree to plans for a bigger school.')).toEqual([]);
    expect(quotesOf("Alderbury Council's cabinet will next month discuss plans to add 105 places.")).toEqual(
      [],
    );
  });

  it('hears a pledge made, not pledges told as delivered', () => {
    const made = 'The council leader made a pledge to fix every pothole.';
    expect(quotesOf(made)).toEqual([made]);
    expect(
      quotesOf('Alderbury Council has now delivered all but one of its 100 pledges for the city.'),
    ).toEqual([]);
  });

  it('hears admissions of work still to do, and promises in other words a council person uses', () => {
    const admitted = 'The leader of Alderbury Council has admitted not enough has been done.';
    const longWay = 'The council leader said there was still a long way to go.';
    const aLot = 'A council spokesperson said: "We know there is a lot to do."';
    const inquiry = 'Alderbury Council said it launched an internal inquiry into the lettings.';
    const able = 'The cabinet member said: "I am pleased that we are able to provide this pay rise."';
    const proposed = 'The council leader proposed investing an extra £6.5m in social care.';
    const focused = 'The council leader said: "We are focused on keeping our frontline services."';
    expect(extract(admitted).map(({ kind }) => kind)).toEqual(['acknowledgement']);
    expect(extract(longWay).map(({ kind }) => kind)).toEqual(['acknowledgement']);
    expect(extract(aLot).map(({ kind }) => kind)).toEqual(['acknowledgement']);
    expect(quotesOf(inquiry)).toEqual([inquiry]);
    expect(quotesOf(able)).toEqual([able]);
    expect(extract(proposed).map(({ amount }) => amount)).toEqual([6_500_000]);
    expect(quotesOf(focused)).toEqual([focused]);
  });

  it("keeps a named council's leader with that council, though the article is mostly about another", () => {
    const found = extract(
      'Brookfield District Council leader Jo Marsh visited the flooded estate on Monday.',
      'Marsh said she would open the leisure centre to families who had to leave their homes.',
    );
    expect(found.map(({ authority }) => authority)).toEqual(['E99000002']);
  });

  it.each([
    'Alderbury Council said the damage to the bandstand was now being investigated.',
    'A council spokesperson said: "We have been engaging with the families who asked for a memorial."',
    'A spokesperson said the authority was upgrading streetlights to LED lamps.',
    'The council said it had launched a review of the bus timetable.',
    'The council said staff were "putting extra arrangements in place" for the storm.',
    '"We are following the legal process and will take further enforcement action if necessary," the council explained.',
  ])('hears ongoing work, told in more ways: %s', (sentence) => {
    expect(quotesOf(sentence)).toEqual([sentence]);
  });

  it.each([
    // The council named in apposition, the verb after its closing comma.
    'The landlord of the flats, Alderbury Council, told the BBC it would try to reclaim the cost of the repairs.',
    // Anyone of the council's, named after the quotation.
    '"The bridge will be assessed by engineers once the water goes down," says Alderbury Council\'s head of highways.',
    // Its workers as the subject.
    'The council said its workers were on site to help residents move their cars.',
    // A decision announced.
    'Alderbury Council also announced the closure of all its libraries on Friday.',
    'Alderbury Council has announced that its leisure centres will stay shut until Monday.',
    // Done, and said so: arranged, to be collected.
    'The council confirmed that a rest centre has also been arranged for anyone who needs it.',
    'Flowers left at the gates will be collected and kept for the family, Alderbury Council said.',
    // Work under way in the passive, in a statement that also appeals to readers (its own appeal, no demand).
    '"Families are being contacted, and I would urge everyone to stay away," the council leader said.',
  ])('hears a commitment told in these ways too: %s', (sentence) => {
    expect(quotesOf(sentence)).toEqual([sentence]);
  });

  it("gives a quotation carrying on a leader's statement to that leader's council, though no council leads", () => {
    const found = extractCommitments({
      paragraphs: [
        'Graffiti was found on the war memorial in Brookfield, and Alderbury Council has offered help.',
        'The leader of Brookfield District Council, Jo Marsh, has issued the following statement:',
        '"This is a shameful act. We are working with the police to find those responsible."',
      ],
      findCouncils: (text) => matcher.find(text),
      article,
    });
    expect(found.map(({ quote, authority }) => ({ quote, authority }))).toEqual([
      {
        quote: '"This is a shameful act. We are working with the police to find those responsible."',
        authority: 'E99000002',
      },
    ]);
  });

  it('reads "investigated" as action, not money, and "the ministers\' acknowledgement" as nobody accepting', () => {
    expect(extract('The council said the complaint was being investigated.')[0]?.kind).toBe('action');
    expect(
      extract('The council leader said: "We welcome the ministers\' acknowledgement of our work."'),
    ).toEqual([]);
    expect(
      extract('"I think people recognise that there is a need for a toll," said council leader Jo Bell.'),
    ).toEqual([]);
  });

  it('takes no statement from page text run together, and hears nobody carry on speaking after it', () => {
    // Headings and timestamps of a live page, with no full stop between them: one "sentence" of 700 characters.
    const runOn = `${'Storm updates, published at 10:15 GMT 2 December '.repeat(14)}the council said it would open rest centres.`;
    expect(
      extract(
        'A council spokesperson said the gritters were out overnight.',
        runOn,
        '"We are working hard with our partners to find out what happened."',
      ),
    ).toEqual([]);
  });

  it.each([
    // Residents acknowledging the council's work are not the council accepting anything.
    'Residents are angry, though many also acknowledge the city council is trying to fix it.',
    // "No current plans" is as much a refusal as "no plans", though "plans to" is in it.
    'The council said there were no current plans to extend the cordon.',
    // Others urging the council is a demand, whatever the council is doing.
    'Residents urged the council to keep the library open, as families are being contacted.',
    // "Ruling nothing out" is a stance, not work under way.
    'Alderbury Council said it is "ruling nothing out" after the ruling.',
    // A hedge between "would" and the action.
    'A council spokesperson said the review would likely take until the spring.',
    // Forecasts of the council's money, and a noun "plans to" in a meeting report.
    'A report to the cabinet said the council was forecasting an overspend of £9m.',
    'Alderbury Council is set to be £4m over budget by March.',
    "Councillors on Alderbury Council's executive committee discussed action plans to respond to the ratings.",
    // Money others give the council, or others say they will spend.
    'An additional £500,000 will be allocated to Alderbury Council for community safety.',
    'The £8,000 raised will be used for new goalposts, the club said.',
    // What the council is told to do by someone else.
    'Alderbury Council has been told to apologise to three families by the ombudsman.',
    'Council told to apologise for mishandling school transport',
    // What the Department for Education's notice says will happen, as the council's news.
    'A notice from the DfE reveals an adviser will be appointed and the council will be given a year to implement its plan.',
    // The government's intervention, which the council only reports.
    'The council leader said a commissioner will be appointed by the government within weeks.',
    // The inspectors' words quoted as theirs, though the council is the subject.
    "Ofsted reports that 'the council is working from a very low base' in its care service.",
    // A forecast, and what might have been.
    'A council spokesperson said: "We started from a low base and it will take time for the changes to be felt."',
    'Criticism of the council’s work with care leavers would have been appealed had that been allowed, the council leader said.',
  ])('hears no commitment in these either: %s', (sentence) => {
    expect(extract(sentence)).toEqual([]);
  });

  it("keeps what else the council is heard saying apart, for the reader to review, and nobody else's words", () => {
    const { commitments, otherStatements } = extractStatements({
      paragraphs: [
        'Alderbury Council said it was disappointed by the report.',
        'A spokesperson said it would hire 20 more social workers.',
        'Opposition councillor Jane Smith said the council had failed families.',
        'The inspectors found that children waited too long for help.',
      ],
      findCouncils: (text) => matcher.find(text),
      mainAuthority: 'E99000001',
      article,
    });
    expect(commitments.map(({ quote }) => quote)).toEqual([
      'A spokesperson said it would hire 20 more social workers.',
    ]);
    expect(otherStatements).toMatchObject([
      { quote: 'Alderbury Council said it was disappointed by the report.', authority: 'E99000001' },
    ]);
  });

  it('names the speaker by role, and by name only where a capitalised name follows the role', () => {
    const found = extract(
      "The council's director of children's services said it would hire more staff.",
      'Council leader Jane Smith said it would hire 20 more social workers.',
    );
    expect(found.map(({ speaker }) => speaker)).toEqual([
      "director of children's services",
      'Council leader Jane Smith',
    ]);
  });

  it('gives the same id to the same statement in another copy of the story', () => {
    const first = extract('Alderbury Council pledged £5m for foster carers.')[0];
    const copy = extractCommitments({
      paragraphs: ['Alderbury Council pledged £5m for foster carers.'],
      findCouncils: (text) => matcher.find(text),
      article: { url: 'https://syndicated.example/copy', headline: 'Copy' },
    })[0];
    expect(copy?.id).toBe(first?.id);
  });

  it('on the labelled sentences: precision at least 0.9 and recall at least 0.8, kinds and amounts right', () => {
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    const wrong: string[] = [];
    for (const labelled of LABELLED) {
      const [found] = extract(labelled.text);
      if (found && labelled.commitment) {
        truePositives++;
        if (found.kind !== labelled.kind || found.amount !== labelled.amount) wrong.push(labelled.text);
      } else if (found) falsePositives++;
      else if (labelled.commitment) falseNegatives++;
    }
    const precision = truePositives / (truePositives + falsePositives);
    const recall = truePositives / (truePositives + falseNegatives);
    console.info(
      `commitments on ${LABELLED.length} labelled sentences: precision ${precision.toFixed(2)}, recall ${recall.toFixed(2)}`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.8);
    expect(wrong).toEqual([]);
  });
});

it('finds the same statements read a paragraph at a time, pausing between paragraphs, as in one go', async () => {
  const input = {
    paragraphs: [
      'Alderbury Council said it would open two children’s homes next year.',
      'Leader Coun Ruth Penn apologised to the families.',
      '"We accept the findings in full," she said.',
      'A resident said the council should have acted sooner.',
      'The council said staff had worked hard.',
    ],
    findCouncils: (text: string) => matcher.find(text),
    mainAuthority: 'E99000001',
    article,
  };
  let pauses = 0;
  const sliced = await extractStatementsInSlices(input, async () => {
    pauses++;
  });
  expect(sliced).toEqual(extractStatements(input));
  expect(sliced.commitments.length).toBeGreaterThan(1);
  expect(pauses).toBe(input.paragraphs.length);
});
