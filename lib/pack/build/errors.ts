/** Where a fact came from in the raw files, so a failure message can send a maintainer straight to it. */
export interface Location {
  file: string;
  sheet?: string;
  /** 1-based row number as a spreadsheet or text editor shows it. */
  row?: number;
}

export function describeLocation(where: Location): string {
  return [where.file, where.sheet && `sheet ${where.sheet}`, where.row && `row ${where.row}`]
    .filter(Boolean)
    .join(', ');
}

/** A problem in the raw data that must stop the build: the pack never ships a guess. */
export class BuildError extends Error {
  override name = 'BuildError';
  constructor(
    message: string,
    readonly where?: Location,
  ) {
    super(where ? `${message} (${describeLocation(where)})` : message);
  }
}
