import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../lib/pack/build/events';
import { mergeObservations } from '../../../lib/pack/build/merge';
import { BuildReport } from '../../../lib/pack/build/report';

const A = 'E99000001';
let row = 0;
function stated(source: string, sheet: string, facts: Partial<Observation>): Observation {
  row += 1;
  return {
    authority: A,
    families: facts.type ? [facts.type.startsWith('ilacs') ? 'ilacs' : facts.type] : ['ilacs'],
    judgements: {},
    source,
    where: { file: `${source}.ods`, sheet, row },
    ...facts,
  };
}

const options = {
  priority: ['newest', 'older', 'scraped'],
  official: new Set(['newest', 'older']),
  coverage: { inspectedBy: '2025-03-31', publishedBy: '2025-06-30' },
  nameOf: () => 'Alderbury',
};

function merge(observations: Observation[]) {
  const report = new BuildReport();
  return { inspections: mergeObservations(observations, options, report), report };
}

describe('merging statements into one record per event', () => {
  it('makes one inspection of the same event stated by several files, listing every file as a source', () => {
    const { inspections } = merge([
      stated('newest', 'History', {
        type: 'ilacs-standard',
        startDate: '2022-02-21',
        publishedDate: '2022-05-09',
        overall: 'Inadequate',
        judgements: { leaders: 'Inadequate' },
      }),
      stated('older', 'History 2009-2022', {
        type: 'ilacs-standard',
        publishedDate: '2022-05-08',
        overall: 'Inadequate',
        judgements: { inCare: 'Inadequate' },
      }),
      stated('scraped', 'index.csv', {
        type: 'ilacs-standard',
        startDate: '2022-02-21',
        publishedDate: '2022-05-09',
        overall: 'Inadequate',
        reportUrl: 'https://files.example/1',
      }),
    ]);
    expect(inspections).toHaveLength(1);
    expect(inspections[0]).toMatchObject({
      id: `${A}:full:2022-02-21`,
      kind: 'full',
      framework: 'ILACS',
      label: 'Full inspection (ILACS standard)',
      startDate: '2022-02-21',
      publishedDate: '2022-05-09',
      overall: 'Inadequate',
      reportUrl: 'https://files.example/1',
      official: true,
      subJudgements: [
        {
          area: 'The impact of leaders on social work practice with children and families',
          judgement: 'Inadequate',
        },
        // Before 2023 ILACS judged children in care and care leavers together.
        {
          area: 'The experiences and progress of children in care and care leavers',
          judgement: 'Inadequate',
        },
      ],
    });
    expect(inspections[0]?.sources.map((ref) => ref.source)).toEqual(['newest', 'older', 'scraped']);
  });

  it('takes each fact from the most preferred official file and reports every disagreement', () => {
    const { inspections, report } = merge([
      stated('older', 'In-year', {
        type: 'ilacs-short',
        startDate: '2023-11-06',
        judgements: { careLeavers: 'Good' },
      }),
      stated('newest', 'History', {
        type: 'ilacs-short',
        startDate: '2023-11-06',
        overall: 'Good',
        judgements: { careLeavers: 'Requires improvement to be good' },
      }),
    ]);
    expect(inspections[0]?.subJudgements).toEqual([
      { area: 'The experiences and progress of care leavers', judgement: 'Requires improvement to be good' },
    ]);
    expect(report.disagreements).toEqual([
      expect.stringMatching(
        /care leavers: "Requires improvement to be good" \(newest History r\d+\) vs "Good" \(older In-year r\d+\)/,
      ),
    ]);
  });

  it('keeps a scraped report beyond the official files’ period, marked unofficial', () => {
    const { inspections } = merge([
      stated('scraped', 'index.csv', {
        type: 'ilacs-standard',
        startDate: '2025-06-23',
        publishedDate: '2025-08-12',
        overall: 'Good',
      }),
    ]);
    expect(inspections[0]).toMatchObject({ official: false, overall: 'Good', id: `${A}:full:2025-06-23` });
  });

  it('leaves out, with a note, a scraped report inside the official period that no official file has', () => {
    const { inspections, report } = merge([
      stated('scraped', 'index.csv', { type: 'ilacs-standard', startDate: '2017-11-09', overall: 'Good' }),
    ]);
    expect(inspections).toEqual([]);
    expect(report.notes).toEqual([expect.stringContaining('only in the scraped index')]);
  });

  it('never lets an unofficial fact into an official record', () => {
    const { inspections, report } = merge([
      stated('newest', 'History', {
        type: 'ilacs-standard',
        startDate: '2019-01-14',
        overall: 'Good',
        judgements: { inCare: 'Good' },
      }),
      stated('scraped', 'index.csv', {
        type: 'ilacs-standard',
        startDate: '2019-01-14',
        overall: 'Good',
        endDate: '2019-01-25',
        judgements: { inCare: 'Requires improvement to be good', careLeavers: 'Good' },
      }),
    ]);
    expect(inspections[0]?.endDate).toBeUndefined();
    expect(inspections[0]?.subJudgements.map((sub) => sub.judgement)).toEqual(['Good']);
    expect(report.disagreements).toEqual([expect.stringContaining('children in care')]);
  });

  it('dates an older-framework inspection from a latest-judgement row giving its start', () => {
    const { inspections } = merge([
      stated('older', 'History 2009-2023', {
        type: 'sif',
        families: ['sif'],
        publishedDate: '2016-06-27',
        overall: 'Good',
      }),
      stated('older', 'Latest at 31 March 2022', {
        families: ['ilacs', 'sif', 'sif-reinspection'],
        confirmsOnly: true,
        startDate: '2016-02-22',
        overall: 'Good',
        judgements: { leaders: 'Good' },
      }),
    ]);
    expect(inspections).toHaveLength(1);
    expect(inspections[0]).toMatchObject({
      id: `${A}:full:2016-02-22`,
      startDate: '2016-02-22',
      publishedDate: '2016-06-27',
      framework: 'SIF',
    });
    // The latest-judgement sheet words its columns for ILACS, so they never become SIF sub-judgements.
    expect(inspections[0]?.subJudgements).toEqual([]);
  });

  it('reports a latest-judgement row that matches no inspection', () => {
    const { report } = merge([
      stated('newest', 'Latest', {
        families: ['ilacs', 'sif', 'sif-reinspection'],
        confirmsOnly: true,
        startDate: '2021-03-01',
        overall: 'Good',
      }),
    ]);
    expect(report.disagreements).toEqual([expect.stringContaining('matches no inspection')]);
  });

  it('puts a mistyped "Second ILACS" date with the authority’s second ILACS inspection', () => {
    const { inspections, report } = merge([
      stated('newest', 'History', {
        type: 'ilacs-standard',
        startDate: '2018-11-05',
        publishedDate: '2019-01-07',
        overall: 'Requires improvement to be good',
      }),
      stated('newest', 'History', {
        type: 'ilacs-standard',
        startDate: '2022-07-11',
        publishedDate: '2022-09-05',
        overall: 'Inadequate',
      }),
      stated('older', 'ILACS 2018-2024', {
        type: 'ilacs-standard',
        publishedDate: '2022-11-05',
        overall: 'Inadequate',
        wideIlacs: { ordinal: 2 },
      }),
    ]);
    expect(inspections).toHaveLength(2);
    expect(inspections[1]?.sources.map((ref) => ref.sheet)).toEqual(['History', 'ILACS 2018-2024']);
    expect(report.disagreements).toEqual([expect.stringContaining('publication date: "2022-09-05"')]);
  });

  it('groups an older framework’s statements whatever their dates: each authority had one', () => {
    const { inspections, report } = merge([
      stated('newest', 'History', {
        type: 'sif',
        families: ['sif'],
        publishedDate: '2015-02-03',
        overall: 'Good',
      }),
      stated('older', 'History', {
        type: 'sif',
        families: ['sif'],
        publishedDate: '2015-03-02',
        overall: 'Good',
      }),
    ]);
    expect(inspections).toHaveLength(1);
    expect(report.disagreements).toHaveLength(1);
  });

  it('gives two different events on one date distinct ids', () => {
    const { inspections } = merge([
      stated('newest', 'History', {
        type: 'slac-reinspection-safeguarding',
        families: ['slac-reinspection-safeguarding'],
        publishedDate: '2011-02-25',
        overall: 'Good',
      }),
      stated('newest', 'History', {
        type: 'slac-reinspection-lac',
        families: ['slac-reinspection-lac'],
        publishedDate: '2011-02-25',
        overall: 'Good',
      }),
    ]);
    expect(inspections.map((inspection) => inspection.id)).toEqual([
      `${A}:full:2011-02-25:re-inspection-of-safeguarding-services-slac`,
      `${A}:full:2011-02-25:re-inspection-of-services-for-looked-after-children-slac`,
    ]);
  });

  it('fails the build on two records of one type on one date: one event counted twice', () => {
    // Statements of one family on one date always merge; two families are the only way to force it.
    const twice = [
      stated('newest', 'In-year', { type: 'focused-visit', families: ['visit'], startDate: '2024-05-01' }),
      stated('newest', 'In-year', { type: 'focused-visit', families: ['visit-b'], startDate: '2024-05-01' }),
    ];
    expect(() => merge(twice)).toThrow(`Duplicate inspection ids: ${A}:focused-visit:2024-05-01`);
  });
});
