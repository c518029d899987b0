import { useApp } from '../app/store-context';
import { Button } from '../ui/Button';
import { openRoomDialog, roomDialogStore, useRoomDialogOpen } from './room-dialog-store';
import { RoomSessionDialog } from './RoomSessionDialog';
import { useRoomStatus } from './use-room-status';
import styles from './Room.module.css';

/** How often the dialog shows who is connected, and how often the header's chip checks on the session. */
const DIALOG_POLL_MS = 2_000;
const CHIP_POLL_MS = 5_000;

/**
 * The project header's entry to the room session (also in the Workshop menu): "Room session…" while
 * off; a chip naming the session while it runs (participants may be editing), which opens the dialog.
 */
export function RoomSessionButton() {
  const projectPath = useApp((s) => s.project?.path ?? '');
  const open = useRoomDialogOpen();
  const { status, setStatus } = useRoomStatus(true, open ? DIALOG_POLL_MS : CHIP_POLL_MS);
  const running = status?.running === true && status.path === projectPath;
  return (
    <>
      {running ? (
        <Button
          variant="ghost"
          size="small"
          onClick={openRoomDialog}
          aria-label={`Room session running at ${status.url}: open it`}
        >
          <span className={styles.chip} data-testid="room-session-chip">
            Room live · {status.groups.length} groups
          </span>
        </Button>
      ) : (
        <Button variant="ghost" size="small" onClick={openRoomDialog}>
          Room session…
        </Button>
      )}
      <RoomSessionDialog
        open={open}
        onClose={() => roomDialogStore.getState().hide()}
        projectPath={projectPath}
        status={status}
        onStatus={setStatus}
      />
    </>
  );
}
