import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AppInfo, ProjectSummary } from '../../src/core/api/contract';
import { createApiClient } from '../../src/renderer/api/client';
import { App } from '../../src/renderer/app/App';
import { ApiProvider } from '../../src/renderer/app/api-context';
import { createAppStore } from '../../src/renderer/app/app-store';
import { startAutosave } from '../../src/renderer/editor/autosave';
import { EditorStoreProvider } from '../../src/renderer/editor/editor-context';
import { createEditorStore } from '../../src/renderer/editor/editor-store';
import { AppStoreProvider } from '../../src/renderer/app/store-context';
import { TooltipProvider } from '../../src/renderer/ui/Tooltip';
import { simulate, toSimulationReport } from '../../src/engine/index';
import { richScenario } from '../helpers/scenarios';
import { fakeTransport, ok } from './fake-transport';

const info: AppInfo = {
  name: 'Ballast',
  version: '0.0.0',
  transport: 'web',
  dataDir: '/data',
  nativeDialogs: false,
  schemaVersion: 1,
};
const project: ProjectSummary = {
  path: '/data/Rich.ballast',
  fileName: 'Rich',
  name: 'Rich project',
  scenarios: [{ id: 's1', name: 'Rich', description: '', roleCount: 4, headcount: 26, updatedAt: '' }],
};

function renderApp(responders: Parameters<typeof fakeTransport>[0]) {
  const fake = fakeTransport({
    'app.info': () => ok(info),
    'recent.list': () => ok([]),
    'samples.list': () => ok([]),
    ...responders,
  });
  const api = createApiClient(fake.transport);
  const editor = createEditorStore();
  const autosave = startAutosave(editor, api, 10);
  render(
    <ApiProvider api={api}>
      <AppStoreProvider store={createAppStore(api, editor, autosave)}>
        <EditorStoreProvider store={editor}>
          <TooltipProvider>
            <App />
          </TooltipProvider>
        </EditorStoreProvider>
      </AppStoreProvider>
    </ApiProvider>,
  );
  return { ...fake, editor };
}

describe('App', () => {
  it('lists recent projects, marking one that has gone missing', async () => {
    renderApp({
      'recent.list': () =>
        ok([
          { path: '/data/A.ballast', name: 'A', openedAt: '', exists: true },
          { path: '/gone/B.ballast', name: 'B', openedAt: '', exists: false },
        ]),
    });
    expect(await screen.findByRole('button', { name: /^A/ })).toBeEnabled();
    expect(screen.getByRole('button', { name: /^B.*Missing/ })).toBeDisabled();
  });

  it('opens a recent project and shows its first scenario with one card per role', async () => {
    const fake = renderApp({
      'recent.list': () => ok([{ path: project.path, name: project.name, openedAt: '', exists: true }]),
      'project.open': () => ok(project),
      'scenario.load': () => ok({ id: 's1', scenario: richScenario(), updatedAt: '' }),
    });
    await userEvent.click(await screen.findByRole('button', { name: /^Rich project/ }));
    expect(await screen.findByRole('tab', { name: 'Rich' })).toHaveAttribute('aria-selected', 'true');
    // Cards show the scrubbed quarter's org; the first results start at the last quarter, after the
    // scenario's departures, so the design is read at quarter 0.
    fireEvent.change(await screen.findByRole('slider', { name: 'Quarter' }), { target: { value: '0' } });
    await waitFor(() => expect(screen.getAllByTestId('role-card')).toHaveLength(4));
    expect(screen.getByText('Saved')).toBeInTheDocument();
    // Quarter 0 draws the design: its team sizes say so.
    expect(screen.getByLabelText(/^SALES, vacant, team of 8 \(design\)/)).toBeInTheDocument();
    // Another quarter draws that quarter's org: each team size says which quarter it is.
    fireEvent.change(screen.getByRole('slider', { name: 'Quarter' }), { target: { value: '4' } });
    const q4 = toSimulationReport(simulate(richScenario())).quarters[4].roles.sales;
    await waitFor(() =>
      expect(
        screen.getByLabelText(new RegExp(`^SALES, vacant, team of ${q4.team} \\(Q4\\), .*, Q4: `)),
      ).toBeInTheDocument(),
    );
    expect(document.title).toBe('Rich — Rich project — Ballast');
    expect(fake.calls.map((c) => c.name)).toContain('scenario.load');
  });

  it('shows a refused file as an alert that names the problem, and lets it be dismissed', async () => {
    renderApp({
      'recent.list': () => ok([{ path: '/data/x.ballast', name: 'X', openedAt: '', exists: true }]),
      'project.open': () => ({
        ok: false,
        error: { code: 'newer-schema', message: '"x.ballast" was saved by a newer version of Ballast.' },
      }),
    });
    await userEvent.click(await screen.findByRole('button', { name: /^X/ }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Made by a newer Ballast');
    expect(alert).toHaveTextContent('"x.ballast" was saved by a newer version of Ballast.');
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('offers the backup that holds a damaged scenario intact, and restoring it shows the scenario', async () => {
    const takenAt = '2026-11-28T04:02:45.123Z';
    let restored = false;
    const fake = renderApp({
      'recent.list': () => ok([{ path: project.path, name: project.name, openedAt: '', exists: true }]),
      'project.open': () => ok(project),
      'scenario.load': () =>
        restored
          ? ok({ id: 's1', scenario: richScenario(), updatedAt: '' })
          : {
              ok: false,
              error: {
                code: 'damaged',
                message: 'The scenario "Rich" in "Rich.ballast" does not match the checksum saved with it.',
                details: {
                  reason: 'checksum-mismatch',
                  scenarioId: 's1',
                  path: project.path,
                  lastGoodBackup: { id: 'b1', takenAt, bytes: 1, reason: 'autosave' },
                },
              },
            },
      'backups.restore': () => {
        restored = true;
        return ok(project);
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: /^Rich project/ }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('does not match the checksum');
    const label = `Restore the backup of ${new Date(takenAt).toLocaleString()}`;
    await userEvent.click(screen.getByRole('button', { name: label }));
    expect(await screen.findByRole('tab', { name: 'Rich' })).toHaveAttribute('aria-selected', 'true');
    expect(fake.calls.find((c) => c.name === 'backups.restore')?.payload).toEqual({
      path: project.path,
      backupId: 'b1',
    });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says a read-only project cannot be saved and offers Save As', async () => {
    renderApp({
      'recent.list': () => ok([{ path: project.path, name: project.name, openedAt: '', exists: true }]),
      'project.open': () => ok({ ...project, readOnly: '"Rich.ballast" is write-protected.' }),
      'scenario.load': () => ok({ id: 's1', scenario: richScenario(), updatedAt: '' }),
    });
    await userEvent.click(await screen.findByRole('button', { name: /^Rich project/ }));
    const banner = await screen.findByText(/Changes cannot be saved to it/);
    expect(banner).toHaveTextContent('Read-only. "Rich.ballast" is write-protected.');
    expect(screen.getByRole('button', { name: 'Save a copy…' })).toBeInTheDocument();
  });

  it('creates a project from the dialog and does not allow an empty name', async () => {
    const fake = renderApp({ 'project.create': () => ok({ ...project, scenarios: [] }) });
    await userEvent.click(await screen.findByRole('button', { name: 'New project' }));
    expect(screen.getByRole('button', { name: 'Create' })).toBeDisabled();
    await userEvent.type(screen.getByLabelText('Project name'), 'Restructure');
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));
    expect(await screen.findByText(/This project has no scenarios yet/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start an org chart' })).toBeInTheDocument();
    expect(fake.calls.find((c) => c.name === 'project.create')?.payload).toEqual({ name: 'Restructure' });
  });
});
