/**
 * The facilitator's Room session dialog against a fake transport: off until started, on the network
 * chosen; then each group's code, QR code and who is connected; End session only after a confirm.
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { RoomStatus } from '../../../src/core/api/room-protocol';
import { createApiClient } from '../../../src/renderer/api/client';
import { ApiProvider } from '../../../src/renderer/app/api-context';
import { RoomSessionDialog } from '../../../src/renderer/room/RoomSessionDialog';
import { fakeTransport, ok } from '../fake-transport';

const OFF: RoomStatus = {
  running: false,
  path: null,
  address: null,
  port: null,
  url: null,
  startedAt: null,
  groups: [],
};
const RUNNING: RoomStatus = {
  running: true,
  path: '/data/Offsite.ballast',
  address: '192.168.1.20',
  port: 41000,
  url: 'http://192.168.1.20:41000/',
  startedAt: '2026-12-07T04:00:00.000Z',
  groups: [
    {
      name: 'Red',
      scenarioId: 'r',
      code: 'AB3DEF',
      joinUrl: 'http://192.168.1.20:41000/#join=AB3DEF',
      participants: [{ address: '192.168.1.31', lastSeen: '2026-12-07T04:01:00.000Z', connected: true }],
    },
    {
      name: 'Green',
      scenarioId: 'g',
      code: 'GH4JKM',
      joinUrl: 'http://192.168.1.20:41000/#join=GH4JKM',
      participants: [],
    },
  ],
};

function renderDialog(status: RoomStatus) {
  let current = status;
  const { transport, calls } = fakeTransport({
    'room.interfaces': () =>
      ok([
        { name: 'wlan0', address: '192.168.1.20', loopback: false, label: 'wlan0: 192.168.1.20' },
        { name: 'lo', address: '127.0.0.1', loopback: true, label: 'This computer only (lo): 127.0.0.1' },
      ]),
    'room.start': () => ok((current = RUNNING)),
    'room.end': () => {
      current = OFF;
      return ok({ ended: true });
    },
    'room.status': () => ok(current),
  });
  const shown: RoomStatus[] = [];
  const view = (s: RoomStatus) => (
    <ApiProvider api={createApiClient(transport)}>
      <RoomSessionDialog
        open
        onClose={() => undefined}
        projectPath="/data/Offsite.ballast"
        status={s}
        onStatus={(next) => {
          shown.push(next);
          result.rerender(view(next));
        }}
      />
    </ApiProvider>
  );
  const result = render(view(status));
  return { calls, shown };
}

describe('the Room session dialog', () => {
  it('starts on the network chosen (the first that is not loopback, unless another is picked)', async () => {
    const { calls, shown } = renderDialog(OFF);
    const lan = await screen.findByRole('radio', { name: 'wlan0: 192.168.1.20' });
    expect(lan).toBeChecked();
    expect(
      screen.getByRole('group', { name: 'The network the participants’ laptops are on' }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: /This computer only/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Start room session' }));
    await waitFor(() => expect(shown.at(-1)?.running).toBe(true));
    expect(calls.find((c) => c.name === 'room.start')?.payload).toEqual({
      path: '/data/Offsite.ballast',
      address: '127.0.0.1',
    });
  });

  it('shows each group’s code, QR code, join link and who is connected', () => {
    renderDialog(RUNNING);
    expect(screen.getAllByTestId('room-join-code').map((e) => e.textContent)).toEqual(['AB3DEF', 'GH4JKM']);
    expect(
      screen.getByRole('img', { name: 'QR code to join Red' }).querySelector('path')?.getAttribute('d'),
    ).toMatch(/^M\d+ \d+h1v1h-1z/);
    expect(screen.getByText('http://192.168.1.20:41000/#join=GH4JKM')).toBeInTheDocument();
    expect(screen.getAllByTestId('room-connected').map((e) => e.textContent)).toEqual([
      '1 laptop connected',
      'No one connected yet',
    ]);
  });

  it('ends only after the confirm', async () => {
    const { calls, shown } = renderDialog(RUNNING);
    await userEvent.click(screen.getByRole('button', { name: 'End session…' }));
    expect(calls.some((c) => c.name === 'room.end')).toBe(false);
    await userEvent.click(screen.getByRole('button', { name: 'Keep it running' }));
    await userEvent.click(screen.getByRole('button', { name: 'End session…' }));
    await userEvent.click(screen.getByRole('button', { name: 'End session now' }));
    await waitFor(() => expect(shown.at(-1)?.running).toBe(false));
    expect(calls.filter((c) => c.name === 'room.end')).toHaveLength(1);
  });

  it('shows why a start was refused', async () => {
    const { transport } = fakeTransport({
      'room.interfaces': () => ok([{ name: 'lo', address: '127.0.0.1', loopback: true, label: 'lo' }]),
      'room.start': () => ({
        ok: false,
        error: { code: 'invalid-request', message: 'This project has no workshop groups yet.' },
      }),
    });
    render(
      <ApiProvider api={createApiClient(transport)}>
        <RoomSessionDialog
          open
          onClose={() => undefined}
          projectPath="/p.ballast"
          status={OFF}
          onStatus={() => undefined}
        />
      </ApiProvider>,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Start room session' }));
    expect(await screen.findByText('This project has no workshop groups yet.')).toBeInTheDocument();
  });
});
