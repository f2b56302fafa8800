import { describe, expect, it } from 'vitest';
import { daysBetween, parseDate } from '../../../lib/pack/build/dates';
import { parseJudgement } from '../../../lib/pack/build/judgements';

const where = { file: 'outcomes.ods', sheet: 'In-year', row: 12 };

describe('reading dates from the raw files', () => {
  it('reads decoded date cells, dd/mm/yyyy and the scraped index’s dd/mm/yy alike', () => {
    expect(parseDate('2022-02-21', where)).toBe('2022-02-21');
    expect(parseDate('21/02/2022', where)).toBe('2022-02-21');
    expect(parseDate('12/08/25', where)).toBe('2025-08-12');
    expect(parseDate(' ', where)).toBeUndefined();
  });

  it('stops the build on a date that does not exist or is not a date, naming where', () => {
    expect(() => parseDate('31/02/2022', where)).toThrow(
      /"31\/02\/2022" is not a real date.*outcomes\.ods.*In-year.*row 12/,
    );
    expect(() => parseDate('Spring 2022', where)).toThrow(/"Spring 2022"/);
  });

  it('counts days between ISO dates, negative when the second is earlier', () => {
    expect(daysBetween('2022-02-21', '2022-03-04')).toBe(11);
    expect(daysBetween('2019-04-01', '2019-03-31')).toBe(-1);
  });
});

describe('normalising judgement words', () => {
  it('maps the files’ words onto the schema’s picklist whatever their case and spacing', () => {
    expect(parseJudgement('Requires improvement to be good', where)).toBe('Requires improvement to be good');
    expect(parseJudgement('  OUTSTANDING ', where)).toBe('Outstanding');
    expect(parseJudgement('inadequate', where)).toBe('Inadequate');
    expect(parseJudgement('Not judged', where)).toBe('Not judged');
  });

  it('treats blanks, dashes and the scraper’s markers as no judgement rather than a grade', () => {
    for (const marker of [
      '',
      '-',
      'data_unreadable',
      'inspection_pre_dates_judgement',
      'not_reported_post_reform',
    ]) {
      expect(parseJudgement(marker, where)).toBeUndefined();
    }
  });

  it('reads a bare "requires improvement" in the wording the caller says the framework uses', () => {
    expect(parseJudgement('requires improvement', where)).toBe('Requires improvement');
    const ilacs = { requiresImprovement: 'Requires improvement to be good' as const };
    expect(parseJudgement('requires improvement', where, ilacs)).toBe('Requires improvement to be good');
    expect(parseJudgement('to requires improvement', where, ilacs)).toBe('Requires improvement to be good');
  });

  it('reads Ofsted’s numeric grades and says so, so a maintainer sees every such reading', () => {
    const notes: string[] = [];
    expect(parseJudgement('3', where, undefined, (note) => notes.push(note))).toBe(
      'Requires improvement to be good',
    );
    expect(notes).toEqual([expect.stringContaining('numeric grade "3"')]);
  });

  it('fails the build on an unknown word, naming file, sheet, row and the word', () => {
    expect(() => parseJudgement('Satisfactory-ish', where)).toThrow(
      'Unknown judgement word "Satisfactory-ish" (outcomes.ods, sheet In-year, row 12)',
    );
  });
});
