export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** One line of the benchmark's table. `baseline` is measured in the same run, never remembered from another. */
export interface BenchRow {
  measure: string;
  value: number;
  unit: 'ms' | 'KB' | 'MB' | 'x';
  baseline?: { name: string; value: number };
  target?: string;
  met?: boolean;
}

export function printTable(rows: BenchRow[]): void {
  const fmt = (value: number, unit: string) => `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ${unit}`;
  const lines = rows.map((row) => [
    row.measure,
    fmt(row.value, row.unit),
    row.baseline ? `${row.baseline.name}: ${fmt(row.baseline.value, row.unit)}` : '',
    row.baseline ? comparison(row, row.baseline.value) : '',
    row.target ? `${row.target} ${row.met === undefined ? '' : row.met ? '(met)' : '(NOT met)'}` : '',
  ]);
  const header = ['measure', 'median', 'baseline (same run)', 'ratio', 'target'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => (line[column] ?? '').length)),
  );
  const render = (cells: string[]) =>
    cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ');
  console.log(render(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const line of lines) console.log(render(line));
}

/** Times as a speed-up over the baseline; sizes as the difference from it. */
function comparison(row: BenchRow, baseline: number): string {
  if (row.unit === 'ms') return `${(baseline / row.value).toFixed(1)}x faster`;
  const difference = row.value - baseline;
  return `${difference >= 0 ? '+' : ''}${difference.toFixed(1)} ${row.unit}`;
}
