import { applyPatches } from 'immer';
import { createStore } from 'zustand/vanilla';
import { applyEdit, copySubtree, EditRefused, pasteSubtree, type OrgClipboard } from '../../core/org/edits';
import { ancestorsOf, findRoles } from '../../core/org/find-roles';
import {
  layerOf,
  rolesAtLayersOf,
  rolesInDepartmentsOf,
  rolesWithTitlesOf,
} from '../../core/org/select-roles';
import type { Scenario } from '../../core/scenario/types';
import { emptyHistory, record, type History } from './history';
import { collapseAtDepth, initialCollapse } from './initial-collapse';

export type Overlay = 'none' | 'leadership' | 'management' | 'balance' | 'trust' | 'department';
export type SaveState = 'saved' | 'unsaved' | 'saving' | 'failed';
export type SelectKind = 'department' | 'layer' | 'title' | 'find';

/** A selection as the store keeps it: the ids in order, the same as a set, and what picked them. */
function selected(ids: readonly string[], note: string | null = null) {
  const unique = [...new Set(ids)];
  return { selection: unique, selectedIds: new Set(unique) as ReadonlySet<string>, selectionNote: note };
}
const NOTHING_SELECTED = selected([]);

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
  /** The selected roles in the order they were picked; the first is the one a single-role command acts on. */
  selection: string[];
  /** The same ids as a set, kept in step with `selection`: each card subscribes to its own flag. */
  selectedIds: ReadonlySet<string>;
  /** What the last "select all …" picked ("everyone in Engineering"), for the announcement; null otherwise. */
  selectionNote: string | null;
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
  select(ids: string[], note?: string | null): void;
  /** Shift/Ctrl/⌘-click: adds a role to the selection, or takes it out if it was in. */
  toggleSelected(id: string): void;
  /** A marquee: adds these roles to the selection (those already in stay, in their place). */
  addToSelection(ids: readonly string[]): void;
  /**
   * Selects every role like the selected ones: in their departments, on their layers of the chart, or
   * with their titles; or the roles a find query matches. Says why when there is nothing to select.
   */
  selectLike(kind: SelectKind, query?: string): void;
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
    /** The selection without roles the scenario no longer has; the same state (no re-render) if none went. */
    const alive = (scenario: Scenario): Partial<EditorState> => {
      const { selection, selectionNote } = get();
      if (selection.length === 0) return {};
      const ids = new Set(scenario.roles.map((r) => r.id));
      if (selection.every((id) => ids.has(id))) return {};
      return selected(
        selection.filter((id) => ids.has(id)),
        selectionNote,
      );
    };

    return {
      projectPath: null,
      scenarioId: null,
      scenario: null,
      revision: 0,
      savedRevision: 0,
      saveState: 'saved',
      saveError: null,
      history: emptyHistory(),
      ...NOTHING_SELECTED,
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
          ...NOTHING_SELECTED,
          collapsed: initialCollapse(scenario.roles),
          hint: null,
          focusRequest: null,
        }),

      unload: () =>
        set({
          projectPath: null,
          scenarioId: null,
          scenario: null,
          history: emptyHistory(),
          ...NOTHING_SELECTED,
        }),

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
            alive(next),
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
        changed(next, { past: history.past.slice(0, -1), future: [entry, ...history.future] }, alive(next));
      },

      redo: () => {
        const { scenario, history } = get();
        const entry = history.future[0];
        if (!scenario || !entry) return;
        const next = applyPatches(scenario, entry.patches);
        changed(next, { past: [...history.past, entry], future: history.future.slice(1) }, alive(next));
      },

      select: (ids, note = null) => {
        const { selection, selectionNote } = get();
        if (
          note === selectionNote &&
          ids.length === selection.length &&
          ids.every((id, i) => id === selection[i])
        )
          return;
        set(selected(ids, note));
      },

      toggleSelected: (id) => {
        const { selection, selectedIds } = get();
        set(selected(selectedIds.has(id) ? selection.filter((s) => s !== id) : [...selection, id]));
      },

      addToSelection: (ids) => {
        const { selection, selectedIds } = get();
        const added = ids.filter((id) => !selectedIds.has(id));
        if (added.length > 0) set(selected([...selection, ...added]));
      },

      selectLike: (kind, query = '') => {
        const { scenario, selection } = get();
        if (!scenario) return;
        const picked = likeSelection(scenario, selection, kind, query);
        if (typeof picked === 'string') {
          set({ hint: picked });
          return;
        }
        // The role the selection started from stays first, so single-role commands still find it.
        const first = picked.ids.includes(selection[0]) ? [selection[0]] : [];
        set({ ...selected([...first, ...picked.ids], picked.note), hint: null });
      },

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
          ...selected([id]),
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

/**
 * The roles a "select all …" command picks, with the words that announce them; or, when there is
 * nothing to pick, the reason in words.
 */
export function likeSelection(
  scenario: Scenario,
  selection: readonly string[],
  kind: SelectKind,
  query = '',
): { ids: string[]; note: string } | string {
  const roles = scenario.roles;
  if (kind === 'find') {
    if (!query.trim()) return 'Type in Find first: the roles it matches are selected.';
    const ids = findRoles(roles, query);
    return ids.length === 0
      ? `Nothing matches “${query.trim()}”.`
      : { ids, note: `every match for “${query.trim()}”` };
  }
  const chosen = new Set(selection);
  const picked = roles.filter((r) => chosen.has(r.id));
  if (picked.length === 0) return 'Select a role first: roles like it are selected.';
  const names = (values: (string | undefined)[]) => {
    const unique = [...new Set(values.filter((v): v is string => Boolean(v?.trim())).map((v) => v.trim()))];
    return unique.length <= 2
      ? unique.join(' and ')
      : `${unique.slice(0, 2).join(', ')} and ${unique.length - 2} more`;
  };
  if (kind === 'department') {
    const ids = rolesInDepartmentsOf(roles, selection);
    if (ids.length === 0)
      return picked.length === 1
        ? `${picked[0].title} has no department.`
        : 'The selected roles have no department.';
    return { ids, note: `everyone in ${names(picked.map((r) => r.department))}` };
  }
  if (kind === 'layer') {
    const ids = rolesAtLayersOf(roles, selection);
    const layers = [...new Set(picked.map((r) => layerOf(roles, r.id)))].sort((a, b) => (a ?? 0) - (b ?? 0));
    return { ids, note: `everyone on layer ${names(layers.map(String))}` };
  }
  const ids = rolesWithTitlesOf(roles, selection);
  return { ids, note: `every ${names(picked.map((r) => r.title))}` };
}

export { EditRefused };
