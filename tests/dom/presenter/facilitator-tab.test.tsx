/**
 * The facilitator's controls tab on its own: it asks for the state when it opens and again when the
 * project's tab (re)loads, shows the snapshot it gets, and sends its buttons as commands, all over the
 * same BroadcastChannel the project's tab listens on.
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { FacilitatorTab } from '../../../src/renderer/presenter/FacilitatorTab';
import {
  PRESENTER_CHANNEL,
  type ChannelMessage,
  type PresenterSnapshot,
} from '../../../src/renderer/presenter/presenter-protocol';

const snapshot: PresenterSnapshot = {
  active: true,
  blank: false,
  quarter: 4,
  last: 12,
  playing: false,
  reveal: { step: null, quarter: 6, shock: 'crisis' },
  revealText: 'Reveal: press N to show the design',
  shocks: [{ kind: 'crisis', label: 'Crisis', ready: true }],
  shockPending: null,
  shockShown: null,
  shockRefusal: null,
  scenarios: [{ id: 's1', name: 'Baseline' }],
  scenarioId: 's1',
  figure: 'health',
  headline: 'The org holds its balance through Q12.',
};

let project: BroadcastChannel | null = null;
afterEach(() => {
  project?.close();
  project = null;
});

describe('the facilitator’s controls tab', () => {
  it('says hello, again when the project tab is ready, shows its state and sends commands', async () => {
    const heard: ChannelMessage[] = [];
    project = new BroadcastChannel(PRESENTER_CHANNEL);
    project.onmessage = (event: MessageEvent<ChannelMessage>) => heard.push(event.data);
    render(<FacilitatorTab />);
    expect(screen.getByRole('status').textContent).toMatch(/^Waiting for Ballast/);
    await waitFor(() => expect(heard.filter((m) => m.kind === 'hello').length).toBeGreaterThan(0));
    const hellos = heard.filter((m) => m.kind === 'hello').length;
    project.postMessage({ kind: 'ready' } satisfies ChannelMessage);
    await waitFor(() => expect(heard.filter((m) => m.kind === 'hello').length).toBe(hellos + 1));

    project.postMessage({ kind: 'snapshot', snapshot } satisfies ChannelMessage);
    expect((await screen.findByTestId('controls-quarter')).textContent).toBe('Q4 of 12');
    expect(screen.getByTestId('controls-headline').textContent).toBe(snapshot.headline);
    await userEvent.click(screen.getByRole('button', { name: 'Next quarter' }));
    await userEvent.click(screen.getByRole('button', { name: 'Crisis' }));
    await waitFor(() =>
      expect(heard.filter((m) => m.kind === 'command')).toEqual([
        { kind: 'command', command: { type: 'quarter', to: 5 } },
        { kind: 'command', command: { type: 'shock', kind: 'crisis' } },
      ]),
    );
  });
});
