import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../../core/api/errors';
import { ROOM_PING_INTERVAL_MS, type RoomJoinInfo } from '../../core/api/room-protocol';
import { ROOM_PROJECT_PATH, type RoomTransport } from '../api/room-transport';
import { useApp } from '../app/store-context';
import { ErrorNotice } from '../ui/ErrorNotice';
import { JoinScreen } from './JoinScreen';
import { ParticipantScreen } from './ParticipantScreen';
import styles from './Room.module.css';

/**
 * The page a room server serves (chosen in main.tsx): join with the group's code, then work on the
 * group's variant. The page says it is still there every few seconds, so the facilitator sees who is
 * connected, and notices when the session has ended.
 */
export function ParticipantApp({ room }: { room: RoomTransport }) {
  const openProject = useApp((s) => s.openProject);
  const error = useApp((s) => s.error);
  const dismissError = useApp((s) => s.dismissError);
  const hasProject = useApp((s) => s.project !== null);
  const [joined, setJoined] = useState<RoomJoinInfo | null>(null);
  const [joinError, setJoinError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [ended, setEnded] = useState(false);

  const join = useCallback(
    async (code: string) => {
      setBusy(true);
      const result = await room.join(code);
      setBusy(false);
      if (!result.ok) {
        setJoinError(result.error);
        return;
      }
      setJoinError(null);
      setJoined(result.value);
      await openProject(ROOM_PROJECT_PATH);
    },
    [room, openProject],
  );

  // A code from the QR code's link, or kept from before a reload, joins straight away.
  useEffect(() => {
    const saved = room.savedCode();
    if (saved) void join(saved);
  }, [room, join]);

  useEffect(() => {
    if (!joined) return;
    const timer = setInterval(() => {
      void room.ping().then((result) => setEnded(!result.ok && result.error.code === 'io'));
    }, ROOM_PING_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [room, joined]);

  const leave = () => {
    room.forget();
    window.location.reload();
  };

  return (
    <div style={{ height: '100%', position: 'relative' }}>
      {joined && hasProject ? (
        <ParticipantScreen joined={joined} ended={ended} onLeave={leave} />
      ) : (
        <JoinScreen busy={busy} error={joinError} onJoin={(code) => void join(code)} />
      )}
      {error ? (
        <div className={styles.toast}>
          <ErrorNotice error={error} onDismiss={dismissError} />
        </div>
      ) : null}
    </div>
  );
}
