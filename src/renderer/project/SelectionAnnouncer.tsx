import { useEditor } from '../editor/editor-context';

/** Tells screen-reader users which role the keyboard landed on, since the cards are drawn on a canvas. */
export function SelectionAnnouncer() {
  const text = useEditor((s) => {
    if (s.selection.length !== 1) {
      if (s.selection.length === 0) return '';
      const what = s.selectionNote ? `: ${s.selectionNote}` : '';
      return `${s.selection.length} roles selected${what}`;
    }
    const role = s.scenario?.roles.find((r) => r.id === s.selection[0]);
    if (!role) return '';
    const reports = s.scenario!.roles.filter((r) => r.reportsTo === role.id).length;
    return `${role.title}, ${role.person ?? 'vacant'}, ${reports} direct report${reports === 1 ? '' : 's'}, team of ${role.team}`;
  });
  return (
    <div className="visually-hidden" aria-live="polite" data-testid="selection-announcer">
      {text}
    </div>
  );
}
