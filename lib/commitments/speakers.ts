/**
 * The people an article introduces as speaking for a council ("Muhammed Butt, leader of Brent Council";
 * "Kent County Council's cabinet member for children, Sue Chandler"), so that later "Butt said…" is heard as
 * the council speaking. News copy names a speaker's role once and then uses the surname alone.
 */

import type { ExtractInput } from './extract';

/** Someone the article introduced as speaking for a council, and how a sentence shows them saying it. */
export interface CouncilSpeaker {
  code: string;
  saying: RegExp;
}

const ROLE =
  '(?:(?:deputy |council )?leader|chief executive|cabinet member[^,.;]{0,60}?|director[^,.;]{0,50}?|spokes(?:wo)?(?:man|person)|(?:executive )?member for[^,.;]{0,50}?|convener[^,.;]{0,40}?)';
const PARTY = '(?:(?:the )?(?:[A-Z][\\w-]*(?: UK)?(?:-run|-led)?|Liberal Democrat|Green Party) )?';
/** A capitalised word, "McCreesh" and "MacDonald" among them. */
const NAME_WORD = "[A-Z][a-zà-ÿ'’-]+(?:[A-Z][a-zà-ÿ'’-]+)?";
const NAME = `((?:${NAME_WORD} ){1,3}${NAME_WORD})`;
const TITLE = '(?:(?:Cllr\\.?|Coun\\.?|Councillor|Sir|Dame|Dr|Mr|Mrs|Ms) )?';
/** A councillor's title, which news copy puts before a name it has just given a role. */
const COUNCILLOR = '(?:Cllr\\.?|Coun\\.?|Councillor) ';

/** "NAME, (the) (party) ROLE of/for/at COUNCIL" */
const NAME_THEN_ROLE = new RegExp(`${TITLE}${NAME}, (?:the |a )?${PARTY}${ROLE} (?:of|for|at) (?:the )?@$`);
/** "COUNCIL('s) (party) ROLE(,) NAME" and "ROLE of COUNCIL(,) NAME" */
const ROLE_THEN_NAME = new RegExp(`^(?:['’]s)? ${PARTY}${ROLE},? ${TITLE}${NAME}`);
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

/** Each person the article introduces as speaking for a council, from every paragraph, first role kept. */
export function councilSpeakersOf(
  paragraphs: string[],
  mentions: ReturnType<ExtractInput['findCouncils']>[],
  mainAuthority: string | undefined,
): CouncilSpeaker[] {
  const speakers = new Map<string, string>();
  for (const [index, paragraph] of paragraphs.entries()) {
    for (const council of mentions[index] ?? []) {
      if (council.start === undefined || council.end === undefined) continue;
      const before = `${paragraph.slice(Math.max(0, council.start - 160), council.start)}@`;
      const after = paragraph.slice(council.end, council.end + 120);
      const name =
        NAME_THEN_ROLE.exec(before)?.[1] ??
        ROLE_THEN_NAME.exec(after)?.[1] ??
        (ROLE_OF_THEN_NAME.test(before) ? NAME_AFTER.exec(after)?.[1] : undefined);
      const surname = name?.split(' ').at(-1);
      if (surname && !speakers.has(surname)) speakers.set(surname, council.code);
    }
  }
  // Only after every named council has had its speakers, so that a name given both ways keeps its council.
  if (mainAuthority !== undefined) {
    const text = paragraphs.join('\n');
    const councilOnlyRoles = COUNCIL_ONLY_ROLE_WORDS.test(text)
      ? text.matchAll(UNNAMED_COUNCIL_ONLY_ROLE)
      : [];
    for (const match of [...text.matchAll(UNNAMED_COUNCIL_ROLE), ...councilOnlyRoles]) {
      const surname = (match[1] ?? match[2])?.split(' ').at(-1);
      if (surname && !speakers.has(surname)) speakers.set(surname, mainAuthority);
    }
  }
  return [...speakers].map(([surname, code]) => ({ code, saying: sayingPattern(surname) }));
}

/** "Butt said", "said Ms Kelly", "Finch told the BBC". */
function sayingPattern(surname: string): RegExp {
  const name = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(
    `\\b${name},?(?: [a-z]+)?,? (?:said|says|added|adds|told|confirmed|stated|insisted)\\b|\\b(?:said|says|added) ${TITLE}(?:[A-Z][a-z]+ )?${name}\\b`,
  );
}

/** The council whose known speaker says this sentence. */
export function councilOfNamedSpeaker(sentence: string, speakers: CouncilSpeaker[]): string | undefined {
  return speakers.find((speaker) => speaker.saying.test(sentence))?.code;
}
