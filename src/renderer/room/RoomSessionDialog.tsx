import { useEffect, useId, useState } from 'react';
import type { ApiError } from '../../core/api/errors';
import type { RoomInterfaceInfo, RoomStatus } from '../../core/api/room-protocol';
import { errorOf } from '../api/client';
import { useApi } from '../app/api-context';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { ErrorNotice } from '../ui/ErrorNotice';
import { JoinQrCode } from './JoinQrCode';
import styles from './Room.module.css';

/**
 * The facilitator's room session: off until started on the network the participants are on; then each
 * group's code in large type with its QR code and who is connected; End session closes everything.
 */
export function RoomSessionDialog({
  open,
  onClose,
  projectPath,
  status,
  onStatus,
}: {
  open: boolean;
  onClose(): void;
  projectPath: string;
  status: RoomStatus | null;
  onStatus(status: RoomStatus): void;
}) {
  const api = useApi();
  const [interfaces, setInterfaces] = useState<RoomInterfaceInfo[]>([]);
  const [address, setAddress] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const running = status?.running === true;

  useEffect(() => {
    if (!open || running) return;
    api.call('room.interfaces', {}).then(
      (found) => {
        setInterfaces(found);
        // The first network a laptop could reach, else this computer only.
        setAddress((chosen) => chosen ?? (found.find((i) => !i.loopback) ?? found[0])?.address ?? null);
      },
      (failure: unknown) => setError(errorOf(failure)),
    );
  }, [api, open, running]);

  const act = async (work: () => Promise<RoomStatus>) => {
    setBusy(true);
    setError(null);
    try {
      onStatus(await work());
    } catch (failure) {
      setError(errorOf(failure));
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };
  const start = () => act(() => api.call('room.start', { path: projectPath, address: address ?? '' }));
  const end = () =>
    act(async () => {
      await api.call('room.end', {});
      return api.call('room.status', {});
    });

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => (next ? undefined : onClose())}
      title="Room session"
      description={
        running
          ? `Participants open ${status.url} in a browser and enter their group’s code, or scan its QR code. Each group edits only its own variant and can compare it with the baseline.`
          : 'Let each group try its ideas on its own laptops, in a browser, with nothing to install. Nothing is reachable from the network until you start the session, and ending it closes every connection.'
      }
      size="wide"
      footer={
        running ? (
          confirming ? (
            <div className={styles.confirm} role="group" aria-label="Confirm ending the session">
              <span>End the session for everyone? Saved work stays in the project.</span>
              <Button onClick={() => setConfirming(false)}>Keep it running</Button>
              <Button variant="primary" disabled={busy} onClick={() => void end()}>
                End session now
              </Button>
            </div>
          ) : (
            <Button onClick={() => setConfirming(true)}>End session…</Button>
          )
        ) : (
          <Button variant="primary" disabled={busy || !address} onClick={() => void start()}>
            Start room session
          </Button>
        )
      }
    >
      {running ? (
        <RunningGroups status={status} />
      ) : (
        <InterfaceChoice interfaces={interfaces} address={address} onChoose={setAddress} />
      )}
      {error ? <ErrorNotice error={error} onDismiss={() => setError(null)} /> : null}
    </Dialog>
  );
}

function InterfaceChoice({
  interfaces,
  address,
  onChoose,
}: {
  interfaces: RoomInterfaceInfo[];
  address: string | null;
  onChoose(address: string): void;
}) {
  const name = useId();
  return (
    <fieldset className={styles.interfaces}>
      <legend>The network the participants’ laptops are on</legend>
      {interfaces.map((option) => (
        <label key={option.address}>
          <input
            type="radio"
            name={name}
            value={option.address}
            checked={address === option.address}
            onChange={() => onChoose(option.address)}
          />
          {option.label}
        </label>
      ))}
      <p className={styles.hint}>
        Plain HTTP, no encryption: use a network you trust (the room’s own Wi-Fi, not a café’s). Anyone on it
        who sees a group’s code can join as that group.
      </p>
    </fieldset>
  );
}

function RunningGroups({ status }: { status: RoomStatus }) {
  return (
    <div className={styles.groups}>
      {status.groups.map((group) => {
        const connected = group.participants.filter((p) => p.connected);
        return (
          <section key={group.code} className={styles.groupCard} aria-label={`Group ${group.name}`}>
            <h3>{group.name}</h3>
            <div className={styles.code} data-testid="room-join-code">
              {group.code}
            </div>
            <JoinQrCode url={group.joinUrl} label={`QR code to join ${group.name}`} />
            <div className={styles.url}>{group.joinUrl}</div>
            <div data-testid="room-connected">
              {connected.length === 0
                ? 'No one connected yet'
                : `${connected.length} laptop${connected.length === 1 ? '' : 's'} connected`}
            </div>
            {group.participants.length > 0 ? (
              <ul className={styles.people}>
                {group.participants.map((p) => (
                  <li key={p.address}>
                    {p.address}: {p.connected ? 'connected' : 'gone'}, last seen{' '}
                    {new Date(p.lastSeen).toLocaleTimeString()}
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
