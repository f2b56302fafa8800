/**
 * Prepares a probe set for its labellers: one folder each, holding ./GUIDE.md and the set's sentences
 * split exactly as the extractor splits them. Give each labeller only their folder.
 *
 * npm run label:sheet -- PAGES.jsonl FOLDER...
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readProbePagesOrExit, sentenceSheet } from './kit';

const [pagesFile, ...folders] = process.argv.slice(2);
if (!pagesFile || folders.length === 0) {
  console.error('Usage: npm run label:sheet -- PAGES.jsonl FOLDER... (one folder for each labeller)');
  process.exit(2);
}
const pages = readProbePagesOrExit(pagesFile, 'nothing written');
const { sheet, count } = sentenceSheet(pages);
for (const folder of folders) {
  mkdirSync(folder, { recursive: true });
  copyFileSync(path.join(import.meta.dirname, 'GUIDE.md'), path.join(folder, 'GUIDE.md'));
  writeFileSync(path.join(folder, 'sentences.txt'), sheet);
}
console.log(`${pages.length} stories, ${count} sentences, in ${folders.join(', ')}`);
