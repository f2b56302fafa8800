/** Everything Council Lens draws on a news page, inside its shadow root. */
export function PageHost() {
  return (
    <aside class="summary" aria-label="Council Lens">
      Council Lens
    </aside>
  );
}
