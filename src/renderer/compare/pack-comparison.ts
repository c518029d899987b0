/**
 * The comparison a user added to the printed report from the Compare dialog: the table as it stood
 * (scenarios, baseline, quarter), kept until removed or the project changes. The report's print reads
 * it; nothing else does. A module store, as the comparison outlives the dialog that made it.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { CompareTable } from './compare-table';

export interface PackComparison {
  /** The project it was made in: another project's comparison is never printed. */
  projectPath: string;
  table: CompareTable;
  baseName: string;
}

interface PackComparisonState {
  comparison: PackComparison | null;
  add(comparison: PackComparison): void;
  remove(): void;
}

export const packComparisonStore = createStore<PackComparisonState>()((set) => ({
  comparison: null,
  add: (comparison) => set({ comparison }),
  remove: () => set({ comparison: null }),
}));

/** The comparison to print with the open project's report, or null. */
export function usePackComparison(projectPath: string | undefined): PackComparison | null {
  const comparison = useStore(packComparisonStore, (s) => s.comparison);
  return comparison && comparison.projectPath === projectPath ? comparison : null;
}
