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

it('says a file is not a data pack in plain words, with the schema errors folded away', async () => {
  const refresh = vi.fn(async () => ({
    status: 'failed' as const,
    message:
      'The file at https://data.example/pack.json is not a Council Lens data pack (its "meta.builtAt" entry is missing or wrong). Your current data is unchanged.',
    detail: 'The data pack is not valid: meta.builtAt: Invalid type: Expected string but received undefined',
  }));
  const { container } = render(
    <Options load={async () => settings} saveUrl={async () => null} refresh={refresh} />,
  );
  fireEvent.input(await screen.findByLabelText(/Data pack address/), {
    target: { value: 'https://data.example/pack.json' },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Check for new data' }));
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toMatch(/is not a Council Lens data pack/);
  expect(alert.textContent).not.toMatch(/Invalid type/);
  const details = container.querySelector('details');
  expect(details?.querySelector('summary')?.textContent).toBe('Technical details');
  expect(details?.textContent).toMatch(/Invalid type: Expected string/);
  expect(details?.open).toBe(false);
});

it('gives the date of the last check in words, like every other date', async () => {
  render(
    <Options
      load={async () => ({ ...settings, lastChecked: '2026-11-22T10:00:00.000Z' })}
      saveUrl={async () => null}
      refresh={vi.fn()}
    />,
  );
  expect((await screen.findByText('Last checked')).nextElementSibling?.textContent).toBe('22 November 2026');
});
