import type { Patch } from 'immer';

export interface HistoryEntry {
  /** What the user did, for the Undo/Redo tooltips ("Undo Move Sales"). */
  label: string;
  patches: Patch[];
  inversePatches: Patch[];
}

export interface History {
  past: HistoryEntry[];
  future: HistoryEntry[];
}

const LIMIT = 500;

export const emptyHistory = (): History => ({ past: [], future: [] });

/** A new edit: remembered for undo, and whatever had been undone is dropped (no redo branch). */
export function record(history: History, entry: HistoryEntry): History {
  return { past: [...history.past, entry].slice(-LIMIT), future: [] };
}
