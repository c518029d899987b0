import { applyPatches } from 'immer';
import { createStore } from 'zustand/vanilla';
import { applyEdit, copySubtree, EditRefused, pasteSubtree, type OrgClipboard } from '../../core/org/edits';
import { ancestorsOf } from '../../core/org/find-roles';
import type { Scenario } from '../../core/scenario/types';
import { emptyHistory, record, type History } from './history';
import { collapseAtDepth, initialCollapse } from './initial-collapse';

export type Overlay = 'none' | 'leadership' | 'management' | 'balance' | 'trust' | 'department';
export type SaveState = 'saved' | 'unsaved' | 'saving' | 'failed';

export interface EditorState {
  projectPath: string | null;
  scenarioId: string | null;
  scenario: Scenario | null;
  /** Bumped on every change to the scenario, so autosave knows whether what it stored is current. */
  revision: number;
  savedRevision: number;
  saveState: SaveState;
  saveError: string | null;
  history: History;
  selection: string[];
  collapsed: ReadonlySet<string>;
  overlay: Overlay;
  /** A short message after a refused edit ("cannot move under its own report"); cleared by the next edit. */
  hint: string | null;
  clipboard: OrgClipboard | null;
  /** A role the canvas should bring into view (after find, or a click in the spans panel). */
  focusRequest: { id: string; nonce: number } | null;
  fitRequest: number;
}

export interface EditorActions {
  load(projectPath: string, scenarioId: string, scenario: Scenario): void;
  unload(): void;
  /** Applies one named edit; returns its result, or undefined when it was refused (the hint says why). */
  edit<T>(label: string, recipe: (draft: Scenario) => T): T | undefined;
  undo(): void;
  redo(): void;
  select(ids: string[]): void;
  toggleCollapsed(id: string): void;
  expandAll(): void;
  /** Shows the top `layers` layers and collapses every manager on the last of them. */
  showLayers(layers: number): void;
  /** Asks the canvas to fit the whole chart into view. */
  requestFit(): void;
  reveal(id: string): void;
  setOverlay(overlay: Overlay): void;
  setHint(hint: string | null): void;
  copySelection(): void;
  paste(): void;
  markSaving(): void;
  markSaved(revision: number): void;
  markSaveFailed(message: string): void;
}

export type EditorStore = ReturnType<typeof createEditorStore>;

/**
 * The scenario being edited. Every change goes through `edit` with a named operation from
 * src/core/org/edits, so undo and redo replay immer patches exactly; selection, collapse and overlay
 * are view state and never enter the history.
 */
export function createEditorStore() {
  return createStore<EditorState & EditorActions>()((set, get) => {
    const changed = (scenario: Scenario, history: History, extra: Partial<EditorState> = {}) => {
      const revision = get().revision + 1;
      set({ scenario, history, revision, saveState: 'unsaved', hint: null, ...extra });
    };
    const alive = (scenario: Scenario, ids: string[]) =>
      ids.filter((id) => scenario.roles.some((r) => r.id === id));

    return {
      projectPath: null,
      scenarioId: null,
      scenario: null,
      revision: 0,
      savedRevision: 0,
      saveState: 'saved',
      saveError: null,
      history: emptyHistory(),
      selection: [],
      collapsed: new Set(),
      overlay: 'none',
      hint: null,
      clipboard: null,
      focusRequest: null,
      fitRequest: 0,

      load: (projectPath, scenarioId, scenario) =>
        set({
          projectPath,
          scenarioId,
          scenario,
          revision: 0,
          savedRevision: 0,
          saveState: 'saved',
          saveError: null,
          history: emptyHistory(),
          selection: [],
          collapsed: initialCollapse(scenario.roles),
          hint: null,
          focusRequest: null,
        }),

      unload: () =>
        set({ projectPath: null, scenarioId: null, scenario: null, history: emptyHistory(), selection: [] }),

      edit: (label, recipe) => {
        const { scenario, history } = get();
        if (!scenario) return undefined;
        try {
          const applied = applyEdit(scenario, recipe);
          if (applied.patches.length === 0) return applied.result;
          const next = applied.scenario;
          changed(
            next,
            record(history, { label, patches: applied.patches, inversePatches: applied.inversePatches }),
            {
              selection: alive(next, get().selection),
            },
          );
          return applied.result;
        } catch (error) {
          if (error instanceof EditRefused) {
            set({ hint: error.message });
            return undefined;
          }
          throw error;
        }
      },

      undo: () => {
        const { scenario, history } = get();
        const entry = history.past[history.past.length - 1];
        if (!scenario || !entry) return;
        const next = applyPatches(scenario, entry.inversePatches);
        changed(
          next,
          { past: history.past.slice(0, -1), future: [entry, ...history.future] },
          {
            selection: alive(next, get().selection),
          },
        );
      },

      redo: () => {
        const { scenario, history } = get();
        const entry = history.future[0];
        if (!scenario || !entry) return;
        const next = applyPatches(scenario, entry.patches);
        changed(
          next,
          { past: [...history.past, entry], future: history.future.slice(1) },
          {
            selection: alive(next, get().selection),
          },
        );
      },

      select: (ids) => set({ selection: ids }),

      toggleCollapsed: (id) => {
        const collapsed = new Set(get().collapsed);
        if (collapsed.has(id)) collapsed.delete(id);
        else collapsed.add(id);
        set({ collapsed });
      },

      expandAll: () => set({ collapsed: new Set(), fitRequest: get().fitRequest + 1 }),

      showLayers: (layers) => {
        const scenario = get().scenario;
        if (!scenario) return;
        set({ collapsed: collapseAtDepth(scenario.roles, layers - 1), fitRequest: get().fitRequest + 1 });
      },

      requestFit: () => set({ fitRequest: get().fitRequest + 1 }),

      /** Expands every manager above a role, selects it and asks the canvas to centre it. */
      reveal: (id) => {
        const scenario = get().scenario;
        if (!scenario) return;
        const collapsed = new Set(get().collapsed);
        for (const up of ancestorsOf(scenario.roles, id)) collapsed.delete(up);
        set({
          collapsed,
          selection: [id],
          focusRequest: { id, nonce: (get().focusRequest?.nonce ?? 0) + 1 },
        });
      },

      setOverlay: (overlay) => set({ overlay }),
      setHint: (hint) => set({ hint }),

      copySelection: () => {
        const { scenario, selection } = get();
        if (!scenario || selection.length !== 1) return;
        set({ clipboard: copySubtree(scenario, selection[0]), hint: null });
      },

      paste: () => {
        const { clipboard, selection } = get();
        if (!clipboard) return;
        if (selection.length !== 1) {
          set({ hint: 'Select the role to paste under.' });
          return;
        }
        const top = get().edit('Paste', (draft) => pasteSubtree(draft, clipboard, selection[0]));
        if (top) get().select([top]);
      },

      markSaving: () => set({ saveState: 'saving' }),
      markSaved: (revision) =>
        set({
          savedRevision: revision,
          saveError: null,
          saveState: revision === get().revision ? 'saved' : 'unsaved',
        }),
      markSaveFailed: (message) => set({ saveState: 'failed', saveError: message }),
    };
  });
}

export { EditRefused };
