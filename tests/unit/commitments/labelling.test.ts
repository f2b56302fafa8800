import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../lib/match/matcher';
import {
  type LabellerEntry,
  mergeLabellings,
  type ProbePage,
  readProbePages,
  sentenceSheet,
} from '../../../scripts/commitments/labelling/kit';
import { tinyPack } from '../../fixtures/tiny-pack';

const matcher = createMatcher(tinyPack().authorities);
const pages: ProbePage[] = [
  {
    id: 'set-01',
    url: 'https://news.example/bins',
    title: 'Bins late again',
    text: 'Bins late again\n\nAlderbury Council said it would hire six drivers. Residents were not convinced.\n\nA spokesperson said it might review the rota.',
  },
  {
    id: 'set-02',
    url: 'https://news.example/park',
    title: '',
    text: 'The parish council will repaint the bandstand.',
  },
];
const entry = (
  article: string,
  paragraph: number,
  sentence: number,
  label: LabellerEntry['label'],
  council: string | null = 'Alderbury Council',
): LabellerEntry => ({
  article,
  paragraph,
  sentence,
  label,
  council,
  kind: 'staffing',
  amount: null,
  note: 'n',
});

describe('labelling a probe set', () => {
  it("reads a set's stories a line each, and names the line that is not JSON", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'council-lens-probe-')), 'pages.jsonl');
    writeFileSync(file, `${JSON.stringify(pages[0])}\n\n${JSON.stringify(pages[1])}\n`);
    expect(readProbePages(file)).toEqual(pages);
    writeFileSync(file, `${JSON.stringify(pages[0])}\n{"id": "set-02",\n`);
    expect(() => readProbePages(file)).toThrow(`${file}:2 is not JSON`);
  });

  it('gives labellers every sentence as the extractor splits it, addressed by paragraph and sentence', () => {
    const { sheet, count } = sentenceSheet(pages);
    expect(count).toBe(5);
    expect(sheet.split('\n')).toEqual([
      '=== set-01 | Bins late again | https://news.example/bins',
      '[0.0] Bins late again',
      '[1.0] Alderbury Council said it would hire six drivers.',
      '[1.1] Residents were not convinced.',
      '[2.0] A spokesperson said it might review the rota.',
      '',
      '=== set-02 |  | https://news.example/park',
      '[0.0] The parish council will repaint the bandstand.',
      '',
    ]);
  });

  it('keeps as commitments only what both labellers listed, leaves out their doubts, and names what needs an eye', () => {
    const first = [
      entry('set-01', 1, 0, 'commitment'),
      entry('set-01', 2, 0, 'commitment'),
      entry('set-02', 0, 0, 'commitment', 'Hilltop Parish Council'),
    ];
    const second = [
      entry('set-01', 1, 0, 'commitment'),
      entry('set-01', 2, 0, 'unclear'),
      entry('set-02', 0, 0, 'commitment', 'Hilltop Parish Council'),
      entry('set-01', 9, 0, 'commitment'),
    ];
    const { part, counts, unresolved, stray } = mergeLabellings(
      pages,
      'test',
      [first, second],
      (name) => matcher.find(name)[0]?.code,
    );
    expect(part.pages.map(({ id, set }) => [id, set])).toEqual([
      ['set-01', 'test'],
      ['set-02', 'test'],
    ]);
    expect(
      part.sentences.map(({ paragraph, sentence, commitment, ...rest }) => [
        paragraph,
        sentence,
        commitment,
        'authority' in rest ? rest.authority : null,
      ]),
    ).toEqual([
      [0, 0, false, null],
      [1, 0, true, 'E99000001'],
      [1, 1, false, null],
      [0, 0, true, null],
    ]);
    expect(counts).toEqual({ listed: [3, 3], both: 2, leftOut: 1 });
    expect(unresolved).toEqual(['set-02/0/0: Hilltop Parish Council']);
    expect(stray).toEqual(['set-01/9/0']);
  });
});
