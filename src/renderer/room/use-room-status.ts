import { useCallback, useEffect, useState } from 'react';
import type { RoomStatus } from '../../core/api/room-protocol';
import { useApi } from '../app/api-context';

/**
 * The room session's status, asked for again every `intervalMs` while `active` (the dialog polls
 * often to show who is connected; the header's chip seldom). `refresh` asks now.
 */
export function useRoomStatus(active: boolean, intervalMs: number) {
  const api = useApi();
  const [status, setStatus] = useState<RoomStatus | null>(null);
  const refresh = useCallback(async () => {
    try {
      setStatus(await api.call('room.status', {}));
    } catch {
      // A transport without rooms (a participant's) or a backend restarting: no chip, no list.
      setStatus(null);
    }
  }, [api]);
  useEffect(() => {
    if (!active) return;
    void refresh();
    const timer = setInterval(() => void refresh(), intervalMs);
    return () => clearInterval(timer);
  }, [active, intervalMs, refresh]);
  return { status, refresh, setStatus };
}
