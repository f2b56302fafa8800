/**
 * Merges a probe set's two blind labellings into entries for tests/fixtures/labels/probe-news-commitments.json
 * (see ./kit.ts for the rule), and says what needs a person's eye: council names the pack does not match
 * and labels that address no sentence. Append the part's pages and sentences to the fixture by hand, and
 * say in its "about" how the set was collected and labelled.
 *
 * npm run label:merge -- PAGES.jsonl SET-NAME FIRST.json SECOND.json OUT.json
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { bundledMatcher } from '../../../tests/corpus/support';
import { type LabellerEntry, mergeLabellings, readProbePagesOrExit } from './kit';

const [pagesFile, setName, firstFile, secondFile, outFile] = process.argv.slice(2);
if (!pagesFile || !setName || !firstFile || !secondFile || !outFile) {
  console.error('Usage: npm run label:merge -- PAGES.jsonl SET-NAME FIRST.json SECOND.json OUT.json');
  process.exit(2);
}
const pages = readProbePagesOrExit(pagesFile, 'nothing written');
const labelling = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as LabellerEntry[];
const matcher = bundledMatcher();
const { part, counts, unresolved, stray } = mergeLabellings(
  pages,
  setName,
  [labelling(firstFile), labelling(secondFile)],
  (name) => matcher.find(name)[0]?.code,
);
writeFileSync(outFile, `${JSON.stringify(part, null, 2)}\n`);
console.log(
  `${part.sentences.length} sentences labelled: listed ${counts.listed.join(' and ')}, both ${counts.both}; ${counts.leftOut} left out`,
);
if (unresolved.length > 0)
  console.log(`Council names no council in the pack matches:\n  ${unresolved.join('\n  ')}`);
if (stray.length > 0) console.log(`Labels for no sentence (look before merging): ${stray.join(', ')}`);
