/**
 * How a probe set is labelled (README: Stated commitments): its stories are split into sentences exactly
 * as the extractor splits them, two labellers mark them apart and blind (./GUIDE.md), and only the
 * sentences both call commitments become commitments in the fixture; a sentence either calls unclear, or
 * only one calls a commitment, is left out, and every other sentence is labelled as none.
 */
import { readFileSync } from 'node:fs';
import { sentencesOf } from '../../../lib/commitments/sentences';
import { fingerprint, paragraphsOf } from '../../../tests/corpus/support';

/** A story of a probe set, as its JSON-lines file holds it. */
export interface ProbePage {
  id: string;
  url: string;
  title: string;
  text: string;
}

/** A probe set's stories from their JSON-lines file, one {"id", "url", "title", "text"} a line. */
export function readProbePages(file: string): ProbePage[] {
  const pages: ProbePage[] = [];
  for (const [index, line] of readFileSync(file, 'utf8').split('\n').entries()) {
    if (!line.trim()) continue;
    try {
      pages.push(JSON.parse(line) as ProbePage);
    } catch {
      throw new Error(`${file}:${index + 1} is not JSON`);
    }
  }
  return pages;
}

/** The same for the commands: a file that cannot be read stops them, saying so and that `nothing` happened. */
export function readProbePagesOrExit(file: string, nothing: string): ProbePage[] {
  try {
    return readProbePages(file);
  } catch (error) {
    console.error(`${(error as Error).message}; ${nothing}.`);
    process.exit(1);
  }
}

/** One labeller's entry (./GUIDE.md). */
export interface LabellerEntry {
  article: string;
  paragraph: number;
  sentence: number;
  label: 'commitment' | 'unclear';
  council: string | null;
  kind: string;
  amount: number | null;
  note: string;
}

const keyOf = (article: string, paragraph: number, sentence: number) => `${article}/${paragraph}/${sentence}`;

/** Every sentence of the pages, addressed as the labels address it. */
function* sentencesOfPages(pages: ProbePage[]) {
  for (const page of pages)
    for (const [paragraph, text] of paragraphsOf(page.text).entries())
      for (const [sentence, quote] of sentencesOf(text).entries()) yield { page, paragraph, sentence, quote };
}

/** The labellers' sheet: each story's sentences as `[P.S] text` under a `=== id | title | address` line. */
export function sentenceSheet(pages: ProbePage[]): { sheet: string; count: number } {
  const lines: string[] = [];
  let count = 0;
  let last: ProbePage | undefined;
  for (const { page, paragraph, sentence, quote } of sentencesOfPages(pages)) {
    if (page !== last) {
      if (last) lines.push('');
      lines.push(`=== ${page.id} | ${page.title} | ${page.url}`);
      last = page;
    }
    lines.push(`[${paragraph}.${sentence}] ${quote}`);
    count++;
  }
  return { sheet: `${lines.join('\n')}\n`, count };
}

/** The fixture's entries for one set, from two blind labellings, with what needs a person's eye. */
export function mergeLabellings(
  pages: ProbePage[],
  setName: string,
  [first, second]: [LabellerEntry[], LabellerEntry[]],
  codeOf: (councilName: string) => string | undefined,
) {
  const byKey = (entries: LabellerEntry[]) =>
    new Map(entries.map((entry) => [keyOf(entry.article, entry.paragraph, entry.sentence), entry]));
  const [firstByKey, secondByKey] = [byKey(first), byKey(second)];
  const sentences = [];
  const unresolved: string[] = [];
  const seen = new Set<string>();
  let leftOut = 0;
  for (const { page, paragraph, sentence, quote } of sentencesOfPages(pages)) {
    const key = keyOf(page.id, paragraph, sentence);
    seen.add(key);
    const [a, b] = [firstByKey.get(key), secondByKey.get(key)];
    const base = { article: page.id, paragraph, sentence, sha256: fingerprint(quote) };
    if (!a && !b) {
      sentences.push({ ...base, commitment: false, note: 'no commitment by a council' });
    } else if (a?.label === 'commitment' && b?.label === 'commitment') {
      const name = a.council ?? b.council;
      const code = name ? codeOf(name) : undefined;
      if (name && !code) unresolved.push(`${key}: ${name}`);
      sentences.push({
        ...base,
        commitment: true,
        ...(code && { authority: code }),
        kind: a.kind,
        ...(a.amount != null && { amount: a.amount }),
        note: a.note,
      });
    } else {
      leftOut++;
    }
  }
  const listed = (entries: LabellerEntry[]) => entries.filter((entry) => entry.label === 'commitment').length;
  return {
    part: {
      pages: pages.map((page) => ({
        id: page.id,
        set: setName,
        url: page.url,
        sha256: fingerprint(page.text),
      })),
      sentences,
    },
    counts: {
      listed: [listed(first), listed(second)],
      both: sentences.filter((entry) => entry.commitment).length,
      leftOut,
    },
    /** Council names no council in the pack matches: abolished councils, parish councils, "the county council". */
    unresolved,
    /** Labels that address no sentence: a labeller's slip, to be looked at before merging. */
    stray: [...firstByKey.keys(), ...secondByKey.keys()].filter((key) => !seen.has(key)),
  };
}
