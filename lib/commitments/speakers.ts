/**
 * The people an article introduces as speaking for a council ("Muhammed Butt, leader of Brent Council";
 * "Kent County Council's cabinet member for children, Sue Chandler"; "chief executive Matt Jukes"), and who
 * is speaking as the article goes on, so that later "Butt said…", "said Cllr Butt" and "…,” he added" are
 * heard as the council speaking. News copy names a speaker's role once and then uses the surname and "he".
 */

import type { ExtractInput } from './extract';

const ROLE =
  '(?:(?:deputy |council )?leader|chief executive|chief|cabinet member[^,.;]{0,60}?|director[^,.;]{0,50}?|spokes(?:wo)?(?:man|person)|(?:executive )?member for[^,.;]{0,50}?|convener[^,.;]{0,40}?)';
const PARTY = '(?:(?:the )?(?:[A-Z][\\w-]*(?: UK)?(?:-run|-led)?|Liberal Democrat|Green Party) )?';
/** A capitalised word, "McCreesh" and "MacDonald" among them. */
const NAME_WORD = "[A-Z][a-zà-ÿ'’-]+(?:[A-Z][a-zà-ÿ'’-]+)?";
const NAME = `((?:${NAME_WORD} ){1,3}${NAME_WORD})`;
/** A councillor's titles, which news copy puts before a name it has just given a role. */
const COUNCILLOR_TITLES = 'Cllr\\.?|Coun\\.?|[Cc]ouncillor';
/** The titles a speaker's introduction may give before the name. */
const INTRODUCTION_TITLES = `${COUNCILLOR_TITLES}|Sir|Dame|Dr|Mr|Mrs|Ms`;
const TITLE = `(?:(?:${INTRODUCTION_TITLES}) )?`;
const COUNCILLOR = `(?:${COUNCILLOR_TITLES}) `;

/** "NAME, (the) (party) ROLE of/for/at COUNCIL" */
const NAME_THEN_ROLE = new RegExp(`${TITLE}${NAME}, (?:the |a )?${PARTY}${ROLE} (?:of|for|at) (?:the )?@$`);
/** "COUNCIL('s) (party) ROLE(,) NAME" and "ROLE of COUNCIL(,) NAME" */
const ROLE_THEN_NAME = new RegExp(`^(?:['’]s)? ${PARTY}${ROLE},? ${TITLE}${NAME}`);
/** "COUNCIL's NAME said": one of the council's people, named with no role */
const OWN_PERSON_SAYING = new RegExp(`^['’]s ${TITLE}${NAME}(?=,? (?:said|says|added|told)\\b)`);
const ROLE_OF_THEN_NAME = new RegExp(`${ROLE} (?:of|for|at) (?:the )?@$`, 'i');
const NAME_AFTER = new RegExp(`^,? ${TITLE}${NAME}`);
/**
 * The article's own council, unnamed: "council chief executive, Adrian McCreesh", "Jo Bell, the council's
 * leader". Lower case and after no name, so that "Kent County council leader Roger Gough" stays Kent's.
 */
const UNNAMED_COUNCIL_ROLE = new RegExp(
  `(?<![A-Z][\\w'’-]* )\\bcouncil(?:['’]s)? ${PARTY}${ROLE},? ${TITLE}${NAME}|${TITLE}${NAME}, (?:the |a )?council(?:['’]s)? ${PARTY}${ROLE}\\b`,
  'g',
);
/**
 * A role only a council has, with no council named: "portfolio holder for children Councillor Adrian Farley",
 * "cabinet member for children's services, Warren Whyte", "Cllr Anne Burns, cabinet member for…". The name
 * must follow a comma or a councillor's title, so that "member for Children's Services" is no name.
 */
const COUNCIL_ONLY_ROLE = '(?:(?:[Cc]abinet|[Ll]ead|[Ee]xecutive) [Mm]ember|[Pp]ortfolio [Hh]older) for';
/**
 * The words every such role has, looked for first: the pattern itself, tried at every position of the
 * article, made finding speakers take more than twice as long.
 */
const COUNCIL_ONLY_ROLE_WORDS = /[Mm]ember for|[Hh]older for/;
const UNNAMED_COUNCIL_ONLY_ROLE = new RegExp(
  `(?<![A-Z][\\w'’-]* )\\b${COUNCIL_ONLY_ROLE} [^,.;:]{1,60}?(?:, ${TITLE}| ${COUNCILLOR})${NAME}|${TITLE}${NAME}, (?:the )?${PARTY}${COUNCIL_ONLY_ROLE}\\b`,
  'g',
);

/**
 * The last word of a combined authority's place before its mayor ("Greater Manchester Mayor Andy Burnham",
 * "West Yorkshire Mayor Tracy Brabin"): a combined authority is not in the pack, and its mayor does not speak
 * for the council a story is about. An elected council mayor does ("Middlesbrough Mayor Andy Preston").
 */
const REGIONAL_MAYORALTY =
  'Manchester|Midlands|Yorkshire|Valley|Region|England|London|Peterborough|East|West|North|South|Tyne|Lincolnshire|Suffolk|Norfolk|Sussex|Devon|Hull';

/**
 * A role only a council's people have, written before a name with no council beside it: "chief executive
 * Matt Jukes", "Council leader Mike Jones and chief executive Steve Robinson", "leader Coun Steve Brady". Not
 * after a name, a party or another body ("Wakefield Conservative leader", "NHS England chief executive", "the
 * association's deputy chief executive"), nor a former holder, who no longer speaks for the council.
 */
const ROLE_ALONE_THEN_NAME = new RegExp(
  `(?=[CcDdLlMmSs])(?<!(?:\\S [A-Z][\\w'’-]*|Conservative|Labour|Liberal|Lib|Democrat|Democrats|Green|Reform|Tory|Independent|SNP|Plaid|UK|group|party|opposition|trust|police|company|firm|charity|hospital|school|union|association|board|partnership|club|[Ff]ormer|[Ee]x-|[Dd]eputy|[Cc]ouncil|[Aa]ssistant|[Ii]nterim|[Aa]cting|Lord|${REGIONAL_MAYORALTY})(?:['’]s)? )\\b(?:[Cc]ouncil |[Dd]eputy |[Cc]ouncil [Dd]eputy )?(?:[Ll]eader|[Mm]ayor|[Cc]hief [Ee]xecutive|[Dd]irector of [Cc]hildren['’]?s [Ss]ervices|(?:[Cc]orporate|[Ss]trategic) [Dd]irector (?:for|of) [^,.;]{1,50}?),? ${TITLE}${NAME}`,
  'g',
);
/**
 * "Peter Martin, the councillor responsible for children's social services", "Jo Bell, leader of the council",
 * "Coun Douglas Johnson, chair of the housing policy committee" (not a select committee's chair, an MP).
 */
const NAME_THEN_ROLE_ALONE = new RegExp(
  `${TITLE}${NAME}, (?:the )?(?:(?:new|interim|acting) )*(?:[Cc]ouncillor responsible for|(?:[Dd]eputy )?[Ll]eader of the (?:council|authority)|[Cc]hair(?:man|woman)? of (?:the |its )(?!(?:[a-z]+ ){0,3}select )(?:[a-z]+ ){1,4}committee|(?:[Cc]orporate |[Ee]xecutive )?[Dd]irector (?:of|for) [Cc]hildren)\\b`,
  'g',
);

/** The words those two roles have, looked for first: either pattern, tried at every word, is slow. */
const ROLE_WORDS = /eader|ayor|xecutive|irector|esponsible for|ommittee/;

/** Each person the article introduces as speaking for a council, by surname, from every paragraph, first role kept. */
export function councilPeopleOf(
  paragraphs: string[],
  mentions: ReturnType<ExtractInput['findCouncils']>[],
  mainAuthority: string | undefined,
): Map<string, string> {
  const speakers = new Map<string, string>();
  for (const [index, paragraph] of paragraphs.entries()) {
    for (const council of mentions[index] ?? []) {
      if (council.start === undefined || council.end === undefined) continue;
      const before = `${paragraph.slice(Math.max(0, council.start - 160), council.start)}@`;
      const after = paragraph.slice(council.end, council.end + 120);
      const name =
        NAME_THEN_ROLE.exec(before)?.[1] ??
        ROLE_THEN_NAME.exec(after)?.[1] ??
        OWN_PERSON_SAYING.exec(after)?.[1] ??
        (ROLE_OF_THEN_NAME.test(before) ? NAME_AFTER.exec(after)?.[1] : undefined);
      const surname = name?.split(' ').at(-1);
      if (surname && !speakers.has(surname)) speakers.set(surname, council.code);
    }
  }
  // Only after every named council has had its speakers, so that a name given both ways keeps its council.
  // A role with no council beside it is the article's council's, or, in an article about two councils
  // equally, the first one named in its paragraph, else the one named last before that paragraph.
  let lastNamed: string | undefined;
  for (const [index, paragraph] of paragraphs.entries()) {
    lastNamed = mentions[index]?.[0]?.code ?? lastNamed;
    const council = mainAuthority ?? lastNamed;
    if (council === undefined) continue;
    const roleWords = ROLE_WORDS.test(paragraph);
    for (const match of [
      ...(paragraph.includes('council') ? paragraph.matchAll(UNNAMED_COUNCIL_ROLE) : []),
      ...(COUNCIL_ONLY_ROLE_WORDS.test(paragraph) ? paragraph.matchAll(UNNAMED_COUNCIL_ONLY_ROLE) : []),
      ...(roleWords ? paragraph.matchAll(ROLE_ALONE_THEN_NAME) : []),
      ...(roleWords ? paragraph.matchAll(NAME_THEN_ROLE_ALONE) : []),
    ]) {
      const surname = (match[1] ?? match[2])?.split(' ').at(-1);
      if (surname && !speakers.has(surname)) speakers.set(surname, council);
    }
    lastNamed = mentions[index]?.at(-1)?.code ?? lastNamed;
  }
  return speakers;
}

/** The verbs by which copy has a person speak, answer or own up. */
const SAYING =
  '(?:said|says|added|adds|told|tells|explained|admitted|admits|conceded|concedes|confirmed|insisted|stressed|acknowledged|accepted|apologised|apologized|pledged|promised|vowed|warned|argued|claimed|wrote|writes|responded|replied|hit back|defended|described|urged|announced|stated)';
/** Any title before a person's name, later in the story too ("Miss Hale", "Lord Smith"). */
const PERSON_TITLE = `(?:${INTRODUCTION_TITLES}|Miss|Lord|Baroness|Prof(?:essor)?)`;
/** Capitalised words that end the name of a body, not a person: "Hull Council said", "Ofsted said". */
const NOT_A_SURNAME =
  /^(?:Council|Authority|Ofsted|Government|Department|Police|Trust|Service|Services|Board|Committee|Cabinet|Executive|Group|Party|Report|Review|Inspectors?|Minister|Secretary|Office|Agency|Commission|Ombudsman|Court|Union|Association|News|Centre|School|Academy|College|University|Hospital|Foundation|Partnership|Company|Ltd|Limited|Network|It|They|He|She|We|The|This|That|But|And|However|Yesterday|Today)$/;

/** "Jukes said", "Steve Robinson, who is also chair of the trust, said", "Cllr Box told the meeting". */
const NAME_SAYING = new RegExp(
  `(?:\\b${PERSON_TITLE} )?\\b(?:${NAME_WORD} ){0,2}(${NAME_WORD})(?:, [^,]{1,120},|, who)? (?:(?:also|later|then|has|have|had|previously|today|yesterday|now|earlier) )*${SAYING}\\b`,
);
/** "said Cllr Osman", "added Mr Martin", "according to Jo Bell"; "Councillor Jones: \"…\"" */
const SAYING_NAME = new RegExp(
  `\\b(?:said|says|added|adds|according to) (?:${PERSON_TITLE} )?(?:${NAME_WORD} ){0,2}(${NAME_WORD})\\b|^${PERSON_TITLE} (?:${NAME_WORD} )?(${NAME_WORD}):`,
);
const PRONOUN = /\b(?:[Hh]e|[Ss]he) /;
/** "He said", "…,” she added.", "and she conceded": the person last heard, speaking again. */
const PRONOUN_SAYING = new RegExp(
  `(?:^|[,;:]\\s*|["”’]\\s*|\\b(?:and|but|But|And) )(?:[Hh]e|[Ss]he) (?:(?:also|later|then|has|had|previously|further|again) )*${SAYING}\\b`,
);
/**
 * Someone else brought into the story, with no name or a name the article gives another role: "a former
 * social worker", "one mother", "Conservative group leader Coun Ann Lee", "local MP Sam Hale". After them,
 * "he said" is them, and a quotation is theirs though it says "we".
 */
const SOMEONE_ELSE = new RegExp(
  [
    `\\b(?:[Aa]n?|[Oo]ne|[Aa]nother) (?:former |local |retired |concerned |young )?(?:resident|mother|mum|father|dad|parent|grandparent|worker|social worker|campaigner|whistle-?blower|woman|man|neighbour|teacher|nurse|pupil|student|carer|foster carer|survivor|victim|councillor|MP|member of the public|shopkeeper|business owner|owner|landlord|tenant|volunteer|user|passenger|driver)\\b`,
    `\\b(?:[Oo]pposition|[Ff]ormer|Conservative|Labour|Liberal Democrat|Lib Dem|Green|Reform(?: UK)?|Independent|Tory|SNP|Plaid Cymru)(?: group| party)? (?:leader|chief executive|director|spokes(?:wo)?(?:man|person)|councillor|member)\\b[^,.;:]{0,40}?,? ${TITLE}${NAME}`,
    `\\b(${NAME_WORD}), (?:a|an) [^,.;:]{0,40}?\\b(?:campaigner|resident|parent|mother|father|youth worker|nurse|teacher|volunteer|MP)\\b`,
    `\\b(?:MP|[Cc]ampaigner|[Rr]esident|[Pp]arent|[Mm]other|[Ff]ather|[Hh]eadteacher|[Hh]ead teacher|[Cc]hief [Cc]onstable|[Mm]inister|Secretary)(?: for [A-Z][\\w ]{0,30}?)?,? ${TITLE}${NAME}`,
  ].join('|'),
  'g',
);
/** A person brought in by title alone: "Ms Patel", "Cllr Osman". */
const TITLED_PERSON = new RegExp(`\\b${PERSON_TITLE} (?:${NAME_WORD} )?(${NAME_WORD})`, 'g');
/**
 * A council's role with nobody named in it, as a story's opening subject: "The new leader of Liverpool City
 * Council has said…". The person the next sentence opens with holds it ("Cllr Liam Robinson was elected…").
 */
const UNNAMED_ROLE_OPENING =
  /^(?:THE|The|A|An) (?:new |newly[- ]elected |interim |acting )?(?:deputy )?(?:leader|chief executive|director|cabinet member|boss)\b[^.,;:]{0,60}?\b(?:of|at|for) (?:the )?(?:[A-Z][\w'’-]* ){0,4}(?:[Cc]ouncil|[Aa]uthority)\b/;
const OPENING_NAME = new RegExp(`^(?:${PERSON_TITLE} )?((?:${NAME_WORD} ){0,2}${NAME_WORD})\\b`);

/**
 * Follows who speaks through an article, sentence by sentence, to tell when it is one of the council's
 * people: by surname ("Mr Jukes said", "said Cllr Osman"), or as "he"/"she" for the person last heard while
 * nobody else has come in. News copy names a council's leader or officer once with their role, then quotes
 * them by surname and pronoun for paragraphs. The person named after "The new leader of X Council…" is
 * added to `people` as the story goes.
 */
export function followSpeakers(people: Map<string, string>) {
  /** People the article gave someone else's role. */
  const others = new Set<string>();
  /** The person last heard or brought in: one of a council's people, someone else's, or not known. */
  let last: Person | undefined;
  /** The council whose role the last sentence opened with, nobody named. */
  let roleOpened: string | undefined;
  const personNamed = (name: string | undefined) =>
    name !== undefined && (people.has(name) || !NOT_A_SURNAME.test(name)) && !/['’]s$/.test(name)
      ? name
      : undefined;
  const person = (surname: string): Person => ({
    surname,
    ...(people.has(surname) && { council: people.get(surname) }),
    ...(others.has(surname) && { someoneElse: true }),
  });
  return {
    /** A new post of a live page: nobody is speaking on from the last. */
    reset() {
      last = undefined;
      roleOpened = undefined;
    },
    /**
     * Who says this sentence, when a person does: by name, or "he"/"she" for the person last heard. Moves
     * the story on. `council` is the council the sentence names or else the article's.
     */
    personSaying(sentence: string, council: string | undefined): Person | undefined {
      if (roleOpened !== undefined) {
        const opening = OPENING_NAME.exec(sentence);
        const surname = personNamed(opening?.[1]?.split(' ').at(-1));
        const isPerson = opening !== null && (opening[0] !== opening[1] || opening[1].includes(' '));
        if (surname !== undefined && isPerson && !people.has(surname)) people.set(surname, roleOpened);
      }
      roleOpened = UNNAMED_ROLE_OPENING.test(sentence) ? council : undefined;
      const broughtIn: Person[] = [];
      for (const match of sentence.matchAll(SOMEONE_ELSE)) {
        const surname = (match[1] ?? match[2] ?? match[3])?.split(' ').at(-1);
        if (surname !== undefined && !people.has(surname)) others.add(surname);
        broughtIn.push({ surname: surname ?? match[0], someoneElse: true });
      }
      const saying = SAYING_NAME.exec(sentence);
      const named = personNamed(saying?.[1] ?? saying?.[2]) ?? personNamed(NAME_SAYING.exec(sentence)?.[1]);
      if (named !== undefined) {
        last = person(named);
        return last;
      }
      const heard = PRONOUN.test(sentence) && PRONOUN_SAYING.test(sentence) ? last : undefined;
      for (const [, surname] of sentence.matchAll(TITLED_PERSON)) broughtIn.push(person(surname as string));
      const known = sentence.match(/\b[A-Z][\w'’-]+/g)?.find((word) => people.has(word));
      if (known !== undefined) broughtIn.push(person(known));
      if (heard === undefined) last = broughtIn[0] ?? last;
      else if (broughtIn.some(({ surname }) => surname !== heard.surname)) last = broughtIn.at(-1);
      return heard;
    },
  };
}

/** A person in the story: one of a council's people, someone the article gave another role, or not known. */
interface Person {
  surname: string;
  council?: string;
  someoneElse?: true;
}
