// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, it, vi } from 'vitest';
import { CommitmentsList, type CommitmentsListProps } from '../../../components/sidebar/CommitmentsList';
import type { CommitmentRecord } from '../../../lib/db/records';

afterEach(cleanup);

const captured: CommitmentRecord = {
  id: 'E1:1',
  authority: 'E1',
  quote: 'Alderbury Council said it would spend an extra £4m on fostering.',
  kind: 'money',
  amount: 4_000_000,
  articleUrl: 'https://news.example/alderbury',
  headline: 'Alderbury promises more for fostering',
  publisher: 'Example News',
  publishedDate: '2026-03-02',
  status: 'extracted',
  createdAt: '2026-03-02T12:00:00Z',
};

function renderList(overrides: Partial<CommitmentsListProps> = {}) {
  const props: CommitmentsListProps = {
    commitments: [captured],
    onConfirm: vi.fn(),
    onDismiss: vi.fn(),
    onRestore: vi.fn(),
    onEdit: vi.fn(async () => {}),
    onAdd: vi.fn(async () => undefined),
    ...overrides,
  };
  render(<CommitmentsList {...props} />);
  return props;
}

it('shows each commitment with its kind, amount, date, who found it and its source article', () => {
  renderList();
  // The kind in the words of the form's Kind menu, not its stored id.
  expect(screen.getByText('Money', { selector: '.tag' })).toBeTruthy();
  expect(screen.queryByText('money')).toBeNull();
  expect(screen.getByText('£4m')).toBeTruthy();
  expect(screen.getByText('2 March 2026')).toBeTruthy();
  expect(screen.getByText('found by Council Lens')).toBeTruthy();
  const link = screen.getByRole('link', { name: 'Alderbury promises more for fostering' });
  expect(link.getAttribute('href')).toBe('https://news.example/alderbury');
});

it('lets the reader correct the kind, amount and speaker, keeping the quote as printed', async () => {
  const props = renderList();
  fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
  expect((screen.getByLabelText('Amount (optional)') as HTMLInputElement).value).toBe('£4,000,000');
  fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'staffing' } });
  fireEvent.input(screen.getByLabelText('Amount (optional)'), { target: { value: '£4.5m' } });
  fireEvent.input(screen.getByLabelText('Who said it (optional)'), {
    target: { value: 'the council leader' },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
  await waitFor(() =>
    expect(props.onEdit).toHaveBeenCalledWith('E1:1', {
      kind: 'staffing',
      amount: 4_500_000,
      speaker: 'the council leader',
    }),
  );
  await waitFor(() => expect(screen.queryByRole('button', { name: 'Save changes' })).toBeNull());
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit' })));
});

it('keeps the pence of an amount, in the list and in the form', () => {
  const fee = { ...captured, quote: 'The council said the fee would be cut to £17.50.', amount: 17.5 };
  renderList({ commitments: [fee] });
  expect(screen.getByText('£17.50')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
  expect((screen.getByLabelText('Amount (optional)') as HTMLInputElement).value).toBe('£17.50');
});

it('refuses an amount it cannot read, and says how to write it', async () => {
  const props = renderList();
  fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
  fireEvent.input(screen.getByLabelText('Amount (optional)'), { target: { value: 'lots' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
  expect((await screen.findByRole('alert')).textContent).toMatch(/such as £10m/);
  expect(props.onEdit).not.toHaveBeenCalled();
});

it('says so when a change could not be saved, and keeps the form open', async () => {
  renderList({ onEdit: async () => Promise.reject(new Error('That commitment is no longer stored.')) });
  fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
  fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
  expect((await screen.findByRole('alert')).textContent).toBe(
    'Not saved: That commitment is no longer stored.',
  );
  expect(screen.getByRole('button', { name: 'Save changes' })).toBeTruthy();
});

it('says plainly that the automatic capture misses some statements, and how to add one', () => {
  renderList();
  expect(screen.getByText(/catches only some of what councils say/).textContent).toMatch(
    /add what it missed by selecting the statement in the article/,
  );
});

it('removes a commitment with a way to undo it', () => {
  const props = renderList();
  fireEvent.click(screen.getByRole('button', { name: 'Remove' }));
  expect(props.onDismiss).toHaveBeenCalledWith('E1:1');
  fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
  expect(props.onRestore).toHaveBeenCalledWith('E1:1', 'extracted');
  expect(screen.queryByRole('status')).toBeNull();
});

it('adds the text the reader selected as a commitment, by hand', async () => {
  const props = renderList({
    commitments: [],
    selectedText: 'The council will open two new children’s homes.',
  });
  expect(screen.getByText(/None captured yet/)).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Add the selected text as a commitment' }));
  expect(screen.getByText('The council will open two new children’s homes.')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Add commitment' }));
  await waitFor(() =>
    expect(props.onAdd).toHaveBeenCalledWith('The council will open two new children’s homes.', {
      kind: 'action',
      speaker: undefined,
    }),
  );
});

it('offers nothing to add when no text is selected', () => {
  renderList({ selectedText: null });
  expect(screen.queryByRole('button', { name: /Add the selected text/ })).toBeNull();
});

const heard: CommitmentRecord = {
  ...captured,
  id: 'E1:2',
  quote: 'A council spokesperson said the service had been through a difficult year.',
  kind: 'action',
  amount: undefined,
  status: 'statement',
};

it("folds the council's other statements away from its commitments, each with its source", () => {
  renderList({ commitments: [captured, heard] });
  const folded = screen
    .getByText('Other things the council said (1)')
    .closest('details') as HTMLDetailsElement;
  expect(folded.open).toBe(false);
  expect(folded.textContent).toContain(heard.quote);
  expect(folded.textContent).toContain('Alderbury promises more for fostering (Example News)');
  // Neither among the commitments above nor with their kind, as nobody has taken it as one.
  expect(screen.getAllByRole('button', { name: 'Confirm' })).toHaveLength(1);
  expect(folded.querySelector('.tag')).toBeNull();
});

it('keeps a statement as a commitment, or hides it with a way to undo', () => {
  const props = renderList({ commitments: [heard] });
  expect(screen.getByText(/None captured yet/).textContent).toMatch(
    /keep it from the other things the council said below/,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Keep as a commitment' }));
  expect(props.onConfirm).toHaveBeenCalledWith('E1:2');
  fireEvent.click(screen.getByRole('button', { name: 'Hide' }));
  expect(props.onDismiss).toHaveBeenCalledWith('E1:2');
  expect(screen.getByRole('status').textContent).toContain('Statement hidden.');
  fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
  expect(props.onRestore).toHaveBeenCalledWith('E1:2', 'statement');
});

it('keeps the keyboard reader in place: Remove moves focus to Undo, Undo and Keep to the Edit button', () => {
  const props = renderList({ commitments: [captured, heard] });
  fireEvent.click(screen.getByRole('button', { name: 'Remove' }));
  expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Undo' }));
  fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
  expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit' }));
  cleanup();

  const { rerender } = render(<CommitmentsList {...props} commitments={[heard]} />);
  fireEvent.click(screen.getByRole('button', { name: 'Keep as a commitment' }));
  rerender(<CommitmentsList {...props} commitments={[{ ...heard, status: 'confirmed' }]} />);
  expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit' }));
});

it('puts focus on the new commitment once it is added from the selection', async () => {
  const added: CommitmentRecord = {
    ...captured,
    id: 'E1:3',
    quote: 'The council will open two new children’s homes.',
    kind: 'action',
    amount: undefined,
    status: 'manual',
  };
  const props: CommitmentsListProps = {
    commitments: [captured],
    selectedText: added.quote,
    onConfirm: vi.fn(),
    onDismiss: vi.fn(),
    onRestore: vi.fn(),
    onEdit: vi.fn(async () => {}),
    onAdd: vi.fn(async () => added.id),
  };
  const { rerender } = render(<CommitmentsList {...props} />);
  fireEvent.click(screen.getByRole('button', { name: 'Add the selected text as a commitment' }));
  fireEvent.click(screen.getByRole('button', { name: 'Add commitment' }));
  await waitFor(() => expect(props.onAdd).toHaveBeenCalled());
  // The sidebar then clears the selection and lists the new commitment, after the captured one.
  rerender(<CommitmentsList {...props} selectedText={null} commitments={[captured, added]} />);
  const [, newEdit] = screen.getAllByRole('button', { name: 'Edit' });
  await waitFor(() => expect(document.activeElement).toBe(newEdit));
});

it('returns focus to the button that opened the add form when the reader cancels it', () => {
  renderList({ selectedText: 'The council will open two new children’s homes.' });
  fireEvent.click(screen.getByRole('button', { name: 'Add the selected text as a commitment' }));
  expect(document.activeElement).toBe(screen.getByLabelText('Kind'));
  fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
  expect(document.activeElement).toBe(
    screen.getByRole('button', { name: 'Add the selected text as a commitment' }),
  );
});
