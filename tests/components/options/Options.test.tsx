// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, it, vi } from 'vitest';
import { Options } from '../../../components/options/Options';

afterEach(cleanup);
const settings = {
  pack: { version: '2026.08.20-abc', builtAt: '2026-11-22T00:00:00Z', sources: [] },
  source: 'bundled' as const,
};

it('shows the installed data and where it came from', async () => {
  render(<Options load={async () => settings} saveUrl={async () => null} refresh={vi.fn()} />);
  expect((await screen.findByTestId('installed-version')).textContent).toBe('2026.08.20-abc');
  expect(screen.getByText('Bundled with the extension')).toBeTruthy();
});

it('says why a check failed and that nothing changed', async () => {
  const refresh = vi.fn(async () => ({
    status: 'failed' as const,
    message: 'The download was incomplete. Your current data is unchanged.',
  }));
  render(<Options load={async () => settings} saveUrl={async () => null} refresh={refresh} />);
  fireEvent.input(await screen.findByLabelText(/Data pack address/), {
    target: { value: 'https://data.example/pack.json' },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Check for new data' }));
  expect((await screen.findByRole('alert')).textContent).toMatch(/incomplete.*unchanged/);
});

it('refuses an address that is not HTTPS before asking the network', async () => {
  const refresh = vi.fn();
  render(
    <Options
      load={async () => settings}
      saveUrl={async () => 'The address must start with https://.'}
      refresh={refresh}
    />,
  );
  fireEvent.input(await screen.findByLabelText(/Data pack address/), {
    target: { value: 'http://data.example' },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Check for new data' }));
  expect((await screen.findByRole('alert')).textContent).toMatch(/https/);
  expect(refresh).not.toHaveBeenCalled();
});
