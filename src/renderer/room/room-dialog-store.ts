/**
 * Whether the Room session dialog is open: a module store, so the Workshop menu can open the dialog the
 * header's room button owns.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

interface RoomDialogState {
  open: boolean;
  show(): void;
  hide(): void;
}

export const roomDialogStore = createStore<RoomDialogState>()((set) => ({
  open: false,
  show: () => set({ open: true }),
  hide: () => set({ open: false }),
}));

export function useRoomDialogOpen(): boolean {
  return useStore(roomDialogStore, (s) => s.open);
}

export function openRoomDialog(): void {
  roomDialogStore.getState().show();
}
