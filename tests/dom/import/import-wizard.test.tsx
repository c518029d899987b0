import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ImportWizard } from '../../../src/renderer/import/ImportWizard';

const addScenario = vi.hoisted(() => ({ fn: (() => Promise.resolve()) as (...args: unknown[]) => unknown }));
vi.mock('../../../src/renderer/app/store-context', () => ({
  useApp: <T,>(selector: (state: { addScenario: (...args: unknown[]) => unknown }) => T): T =>
    selector({ addScenario: (...args: unknown[]) => addScenario.fn(...args) }),
}));

function wizard() {
  return render(<ImportWizard open onClose={() => {}} />);
}

/** Chooses a file in the first step, as a person would with the file picker. */
async function choose(content: BlobPart, name = 'org.csv') {
  const input = screen.getByLabelText('CSV file');
  fireEvent.change(input, { target: { files: [new File([content], name)] } });
}

describe('the import wizard', () => {
  it('names each step once: the ordered list numbers the steps, so the labels carry no number of their own', () => {
    wizard();
    const steps = screen.getByRole('list', { name: 'Steps' });
    expect(steps.tagName).toBe('OL');
    const labels = within(steps)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    // An <ol> draws "1." before each item: "1. Choose a file" in the text read "1. 1. Choose a file".
    expect(labels).toEqual(['Choose a file', 'Map columns', 'Check and decide']);
    expect(within(steps).getByText('Choose a file')).toHaveAttribute('aria-current', 'step');
  });

  it('keeps an empty file on the first step and says what is wrong and what to do', async () => {
    wizard();
    await choose('');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The file is empty');
    expect(alert).not.toHaveTextContent('--');
    expect(screen.queryByText(/0 rows, 0 columns/)).toBeNull();
    expect(within(screen.getByRole('list', { name: 'Steps' })).getByText('Choose a file')).toHaveAttribute(
      'aria-current',
      'step',
    );
  });

  it('explains an Excel workbook renamed .csv', async () => {
    wizard();
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('xl/workbook.xml')]);
    await choose(zip, 'org.xlsx.csv');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/Excel workbook/);
    expect(alert).toHaveTextContent(/save it as CSV/i);
  });

  it('asks about blank names, defaulting to filled, unnamed when most rows have none, and says what it means', async () => {
    let created: unknown;
    addScenario.fn = (scenario) => {
      created = scenario;
      return Promise.resolve();
    };
    wizard();
    await choose('id,manager,name\n1,,Ada\n2,1,\n3,1,\n4,1,\n');
    await screen.findByRole('table', { name: 'First rows of the file' });
    fireEvent.click(screen.getByRole('button', { name: 'Next: check' }));
    const group = screen.getByRole('radiogroup', { name: /3 of 4 rows have no name/ });
    const filled = within(group).getByRole('radio', { name: /filled, unnamed/i });
    expect(filled).toBeChecked();
    expect(group).toHaveTextContent(/headcount/i);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Ready: 4 roles from 4 rows (4 filled, 3 of them unnamed; 0 vacant).',
    );
    fireEvent.click(within(group).getByRole('radio', { name: /vacant/i }));
    expect(screen.getByRole('status')).toHaveTextContent('Ready: 4 roles from 4 rows (1 filled; 3 vacant).');
    expect(within(group).getByRole('radio', { name: /vacant/i })).toBeChecked();
    fireEvent.click(screen.getByRole('button', { name: 'Create scenario' }));
    await waitFor(() => expect(created).toBeDefined());
    const roles = (created as { roles: { id: string; person: string | null }[] }).roles;
    expect(roles.map((r) => r.person)).toEqual(['Ada', null, null, null]);
  });

  it('says in the app, not with command-line flags, how to name a missing manager column', async () => {
    wizard();
    await choose('Emp,Chief\n1,\n2,1\n');
    await screen.findByRole('table', { name: 'First rows of the file' });
    expect(screen.getByRole('note')).toHaveTextContent('choose it under “Id (required)” below to go on');
    expect(screen.getByRole('button', { name: 'Next: check' })).toBeDisabled();
    fireEvent.change(screen.getByLabelText('Id (required)'), { target: { value: '0' } });
    expect(screen.queryByRole('note')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Next: check' }));
    const problems = screen.getByRole('list', { name: 'Problems found' });
    expect(problems).toHaveTextContent('No column was recognised as the manager id');
    expect(problems).toHaveTextContent('Go Back to “Map columns” and choose the column under “Manager id”.');
    expect(problems).not.toHaveTextContent('--map');
  });
});
