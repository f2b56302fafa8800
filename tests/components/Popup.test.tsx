// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, it, vi } from 'vitest';
import { Popup, type PopupProps } from '../../components/popup/Popup';
import type { AuthoritySummary } from '../../lib/authority-summary';

afterEach(cleanup);

const packInfo = { version: '2026.11.22-abc123', builtAt: '2026-11-22T00:00:00Z', sources: [] };
/** The popup on a page that is no news site, with the pack loaded; each test sets what it is about. */
const renderPopup = (props: Partial<PopupProps> = {}) =>
  render(
    <Popup
      site={null}
      loadPackInfo={async () => packInfo}
      isSiteOn={async () => false}
      setSiteOn={async () => false}
      openNotesLibrary={() => {}}
      openDataSettings={() => {}}
      findCouncils={async () => []}
      openRecord={() => {}}
      {...props}
    />,
  );

it('shows the data version and whether Council Lens is on for this site', async () => {
  renderPopup({ site: 'bbc.co.uk', isSiteOn: async () => true, setSiteOn: async () => true });
  expect(await screen.findByText('2026.11.22-abc123')).toBeTruthy();
  const toggle = screen.getByRole('switch', { name: /Council Lens on bbc\.co\.uk/ }) as HTMLInputElement;
  await waitFor(() => expect(toggle.checked).toBe(true));
  expect(toggle.closest('label')?.textContent).toMatch(/bbc\.co\.uk: on$/);
});

it('switches a site off and tells the reader when it takes effect', async () => {
  const setSiteOn = vi.fn(async () => true);
  renderPopup({ site: 'bbc.co.uk', isSiteOn: async () => true, setSiteOn });
  const toggle = screen.getByRole('switch') as HTMLInputElement;
  await waitFor(() => expect(toggle.disabled).toBe(false));
  fireEvent.click(toggle);
  expect(await screen.findByRole('status')).toHaveProperty('textContent', expect.stringMatching(/off here/));
  expect(setSiteOn).toHaveBeenCalledWith('bbc.co.uk', false);
});

it('explains a declined permission instead of pretending the site is on', async () => {
  renderPopup({ site: 'example.org' });
  const toggle = screen.getByRole('switch') as HTMLInputElement;
  await waitFor(() => expect(toggle.disabled).toBe(false));
  expect(toggle.closest('label')?.textContent).toMatch(/example\.org: off$/);
  fireEvent.click(toggle);
  expect((await screen.findByRole('status')).textContent).toMatch(/needs your permission/);
  expect(toggle.checked).toBe(false);
});

it('says so when the pack cannot be read', async () => {
  renderPopup({ loadPackInfo: async () => Promise.reject(new Error('no background')) });
  expect((await screen.findByRole('alert')).textContent).toMatch(/Could not read the data pack/);
  expect(screen.getByText(/Open an article/)).toBeTruthy();
});

it('opens the notes library and the data settings', () => {
  const openNotesLibrary = vi.fn();
  const openDataSettings = vi.fn();
  renderPopup({ openNotesLibrary, openDataSettings });
  fireEvent.click(screen.getByRole('button', { name: 'Your notes library' }));
  expect(openNotesLibrary).toHaveBeenCalled();
  fireEvent.click(screen.getByRole('button', { name: 'Data and updates' }));
  expect(openDataSettings).toHaveBeenCalled();
});

const summary = (code: string, name: string, judgement?: 'Good' | 'Inadequate'): AuthoritySummary => ({
  code,
  name,
  shortName: name.split(' ')[0] as string,
  latest: judgement
    ? { judgement, date: '2025-08-12', label: 'Full inspection', official: true, of: name }
    : null,
});

it("looks up any council by name and opens its record, showing each one's latest rating", async () => {
  const openRecord = vi.fn();
  const findCouncils = vi.fn(async (query: string) =>
    query === 'Sef' ? [summary('E08000014', 'Sefton Metropolitan Borough Council', 'Good')] : [],
  );
  renderPopup({ findCouncils, openRecord });
  const field = screen.getByRole('searchbox', { name: 'Look up a council' });
  fireEvent.input(field, { target: { value: 'Sef' } });
  const found = await screen.findByRole('list', { name: 'Councils found' });
  expect(found.textContent).toMatch(/Sefton Metropolitan Borough Council.*Good/);
  fireEvent.click(screen.getByRole('button', { name: 'Sefton Metropolitan Borough Council' }));
  expect(openRecord).toHaveBeenCalledWith('E08000014');
  // Enter opens the first council found.
  fireEvent.submit(field.closest('form') as HTMLFormElement);
  expect(openRecord).toHaveBeenCalledTimes(2);

  // A district's rating is its county's, and the list says so.
  findCouncils.mockResolvedValueOnce([
    {
      ...summary('E07000001', 'Brookfield District Council', 'Good'),
      responsible: { kind: 'county', code: 'E10000001', name: 'Alderbury County Council' },
    },
  ]);
  fireEvent.input(field, { target: { value: 'Brook' } });
  await waitFor(() =>
    expect(screen.getByRole('list', { name: 'Councils found' }).textContent).toMatch(
      /Brookfield District Council.*Good children's services run by Alderbury County Council$/,
    ),
  );

  fireEvent.input(field, { target: { value: 'Zennor' } });
  expect((await screen.findByRole('status')).textContent).toBe(
    "No council of that name in Council Lens's data.",
  );
});

it('says the data is still being installed, rather than that no council has the name', async () => {
  renderPopup({ loadPackInfo: async () => null });
  expect(await screen.findByText('The data pack is still being installed.')).toBeTruthy();
  fireEvent.input(screen.getByRole('searchbox', { name: 'Look up a council' }), {
    target: { value: 'Sefton' },
  });
  expect((await screen.findByRole('status')).textContent).toBe(
    'Council Lens is still installing its data; try again in a moment.',
  );
});
