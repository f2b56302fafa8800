/**
 * The data pack: every UK council and every English children's services inspection we have an
 * official (or clearly marked unofficial) source for. Built by `npm run data` from the raw files,
 * validated here at build time and again when the extension loads it.
 */
import * as v from 'valibot';

export const JUDGEMENTS = ['Outstanding', 'Good', 'Requires improvement to be good', 'Inadequate'] as const;
/** Older frameworks had their own words (SLAC: "Adequate"); kept as the file states them. */
export const JudgementSchema = v.picklist([...JUDGEMENTS, 'Adequate', 'Requires improvement', 'Not judged']);
export type Judgement = v.InferOutput<typeof JudgementSchema>;

export const SourceRefSchema = v.object({
  /** Key into PackMeta.sources */
  source: v.string(),
  /** Sheet (workbook) or file name inside the source, and a row hint for a maintainer. */
  sheet: v.optional(v.string()),
  /** The row as a spreadsheet or text editor numbers it, so a maintainer can find the fact. */
  row: v.optional(v.number()),
});

export const ChildrensServicesSchema = v.variant('kind', [
  v.object({
    kind: v.literal('self'),
    ofstedUrn: v.optional(v.string()),
    dfeCode: v.optional(v.string()),
    ofstedUrl: v.optional(v.string()),
    statisticalNeighbours: v.array(v.string()),
  }),
  /** A district: the county council that runs its children's services. */
  v.object({ kind: v.literal('county'), authority: v.string() }),
  /** Wales, Scotland, Northern Ireland: Ofsted does not inspect; this body does. */
  v.object({
    kind: v.literal('inspectorate'),
    name: v.string(),
    url: v.string(),
    /**
     * Who runs children's services when the council does not: in Northern Ireland, the Health and Social
     * Care Trusts. Absent where the council runs them (Wales, Scotland), and in packs built before it.
     */
    runBy: v.optional(v.string()),
  }),
]);

export const AuthoritySchema = v.object({
  /** Current GSS code, the id used everywhere (E08000014). */
  code: v.string(),
  /** mySociety's 3-letter registry code (SFT). */
  registryCode: v.string(),
  /** Official name: "Sefton Metropolitan Borough Council". */
  name: v.string(),
  /** Short name: "Sefton". */
  shortName: v.string(),
  /** Other names newsrooms and official files use, for detection and lookup. */
  aliases: v.array(v.string()),
  /** Plain words: "Metropolitan district", "County", "Unitary authority", "London borough", ... */
  type: v.string(),
  nation: v.picklist(['England', 'Wales', 'Scotland', 'Northern Ireland']),
  region: v.optional(v.string()),
  formerCodes: v.array(v.string()),
  /**
   * Other current codes some sources use for this same council: the scraped URN lookup gives Barnsley
   * and Sheffield E08000038/E08000039 where Ofsted and mySociety give E08000016/E08000019.
   */
  otherCodes: v.optional(v.array(v.string())),
  childrensServices: ChildrensServicesSchema,
  /** Set for authorities that no longer exist but appear in the inspection history. */
  ended: v.optional(v.object({ date: v.string(), replacedBy: v.array(v.string()) })),
});
export type Authority = v.InferOutput<typeof AuthoritySchema>;

export const SubJudgementSchema = v.object({ area: v.string(), judgement: JudgementSchema });

export const InspectionSchema = v.object({
  /** Stable id: `${authority}:${kind}:${date}` */
  id: v.string(),
  authority: v.string(),
  /** 'full' inspections carry an overall judgement; visits do not. */
  kind: v.picklist(['full', 'short', 'focused-visit', 'monitoring-visit', 'report-card']),
  /** The framework by name: "ILACS", "SIF", "SIF re-inspection", "SLAC", "CPI", "TLAC", "Report card (2026)". */
  framework: v.string(),
  /** The type in plain words: "Full inspection (ILACS standard)", "Monitoring visit". */
  label: v.string(),
  theme: v.optional(v.string()),
  /** ISO dates. startDate/endDate when known; else only publishedDate. */
  startDate: v.optional(v.string()),
  endDate: v.optional(v.string()),
  publishedDate: v.optional(v.string()),
  overall: v.optional(JudgementSchema),
  /** Post-2026 report cards have no single overall grade. */
  noOverallGrade: v.optional(v.boolean()),
  subJudgements: v.array(SubJudgementSchema),
  reportUrl: v.optional(v.string()),
  /** false when the facts come only from the scraped (unofficial) index. */
  official: v.boolean(),
  sources: v.array(SourceRefSchema),
});
export type Inspection = v.InferOutput<typeof InspectionSchema>;

export const SourceSchema = v.object({
  id: v.string(),
  publisher: v.string(),
  title: v.string(),
  published: v.optional(v.string()),
  licence: v.string(),
  url: v.optional(v.string()),
  official: v.boolean(),
});

export const PackMetaSchema = v.object({
  version: v.string(),
  builtAt: v.string(),
  sources: v.array(SourceSchema),
  knownGaps: v.array(v.string()),
});
export type PackMeta = v.InferOutput<typeof PackMetaSchema>;

export const PackSchema = v.object({
  meta: PackMetaSchema,
  authorities: v.array(AuthoritySchema),
  inspections: v.array(InspectionSchema),
});
export type Pack = v.InferOutput<typeof PackSchema>;
