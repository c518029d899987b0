/**
 * The presenter view's own state: whether the stage is up, blanked, with the facilitator's overlay, the
 * one chart it shows, the reveal's step, and a play that stops at a chosen quarter. View state only: the
 * quarter and heat stay in the simulation store, the scenario in the editor.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { OrgFigureName } from '../../engine/index';
import type { Reveal } from './reveal';

export type FullscreenState = 'off' | 'on' | 'refused';

export interface PresenterState {
  active: boolean;
  blank: boolean;
  /** The facilitator's controls over the stage (the desktop app has no second window for them). */
  controlsOpen: boolean;
  figure: OrgFigureName;
  reveal: Reveal;
  /** A play that steps one quarter at a time up to this quarter; null when none runs. */
  playTo: number | null;
  fullscreen: FullscreenState;
}

export interface PresenterActions {
  /** Shows the stage; full screen is asked for, and the stage shows even when it is refused. */
  enter(): void;
  exit(): void;
  toggleBlank(): void;
  toggleControls(): void;
  setFigure(figure: OrgFigureName): void;
  setReveal(patch: Partial<Reveal>): void;
  setPlayTo(quarter: number | null): void;
}

export type PresenterStore = ReturnType<typeof createPresenterStore>;

export function createPresenterStore(
  doc: Document | null = typeof document === 'undefined' ? null : document,
) {
  return createStore<PresenterState & PresenterActions>()((set, get) => ({
    active: false,
    blank: false,
    controlsOpen: false,
    figure: 'health',
    reveal: { step: null, quarter: null, shock: 'crisis' },
    playTo: null,
    fullscreen: 'off',
    enter: () => {
      if (get().active) return;
      set({ active: true, blank: false, fullscreen: 'off' });
      const root = doc?.documentElement;
      // Asked for inside the key press or click that entered, as browsers require.
      const asked = root?.requestFullscreen?.();
      if (!asked) {
        set({ fullscreen: 'refused' });
        return;
      }
      asked.then(
        () => set({ fullscreen: get().active ? 'on' : 'off' }),
        () => set({ fullscreen: 'refused' }),
      );
    },
    exit: () => {
      if (!get().active) return;
      set({ active: false, blank: false, playTo: null, fullscreen: 'off' });
      if (doc?.fullscreenElement) void doc.exitFullscreen?.().catch(() => {});
    },
    toggleBlank: () => set({ blank: !get().blank }),
    toggleControls: () => set({ controlsOpen: !get().controlsOpen }),
    setFigure: (figure) => set({ figure }),
    setReveal: (patch) => set({ reveal: { ...get().reveal, ...patch } }),
    setPlayTo: (playTo) => set({ playTo }),
  }));
}

/** The open project's presenter view. */
export const presenterStore = createPresenterStore();

export function usePresenter<T>(selector: (state: PresenterState & PresenterActions) => T): T {
  return useStore(presenterStore, selector);
}
