import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/** How the chart lays out reports: automatic (compact for a big org), always compact, or always wide. */
export type ChartLayoutChoice = 'auto' | 'compact' | 'wide';

const STORAGE_KEY = 'ballast.chartLayout';

/** From this many roles the automatic choice is compact: a wide chart of that size is a long strip. */
export const COMPACT_FROM_ROLES = 200;

/** Whether the chart stacks leaf reports, for this choice and this many roles. */
export function isCompact(choice: ChartLayoutChoice, roleCount: number): boolean {
  return choice === 'compact' || (choice === 'auto' && roleCount >= COMPACT_FROM_ROLES);
}

function readChoice(): ChartLayoutChoice {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  return stored === 'compact' || stored === 'wide' ? stored : 'auto';
}

/** The user's layout choice, kept across launches like the theme (automatic is not stored). */
export const chartLayoutStore = createStore<{
  choice: ChartLayoutChoice;
  choose(choice: ChartLayoutChoice): void;
}>()((set) => ({
  choice: readChoice(),
  choose: (choice) => {
    if (choice === 'auto') globalThis.localStorage?.removeItem(STORAGE_KEY);
    else globalThis.localStorage?.setItem(STORAGE_KEY, choice);
    set({ choice });
  },
}));

export const useChartLayoutChoice = () => useStore(chartLayoutStore, (s) => s.choice);
