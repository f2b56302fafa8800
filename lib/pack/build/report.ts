/** What the build tells a maintainer: counts, disagreements between sources, and notes worth reading. */
export class BuildReport {
  readonly counts = new Map<string, number>();
  readonly disagreements: string[] = [];
  readonly notes: string[] = [];
  readonly unmatchedNames: string[] = [];

  count(key: string, by = 1): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + by);
  }

  disagree(message: string): void {
    this.disagreements.push(message);
  }

  note(message: string): void {
    this.notes.push(message);
  }

  format(): string {
    const section = (title: string, lines: string[]) =>
      lines.length
        ? [`${title} (${lines.length}):`, ...lines.map((line) => `  - ${line}`)]
        : [`${title}: none`];
    const counts = [...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b));
    return [
      'Counts:',
      ...counts.map(([key, value]) => `  ${key.padEnd(60)} ${value}`),
      ...section('Names that could not be matched', this.unmatchedNames),
      ...section('Where sources disagree', this.disagreements),
      ...section('Notes', this.notes),
    ].join('\n');
  }
}
