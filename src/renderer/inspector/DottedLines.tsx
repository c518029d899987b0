import { addDottedLine, removeDottedLine } from '../../core/org/edits';
import type { Role } from '../../core/scenario/types';
import { useEditor, useEditorStore } from '../editor/editor-context';
import { Button } from '../ui/Button';
import { CloseIcon } from '../ui/icons';
import styles from './Inspector.module.css';

/** Matrix reporting: the second managers this role answers to, drawn dashed on the chart. */
export function DottedLines({ role }: { role: Role }) {
  const editor = useEditorStore();
  const roles = useEditor((s) => s.scenario?.roles ?? []);
  const titleOf = (id: string) => roles.find((r) => r.id === id)?.title ?? id;
  const dotted = role.dottedTo ?? [];
  const candidates = roles
    .filter((r) => r.id !== role.id && r.id !== role.reportsTo && !dotted.includes(r.id))
    .sort((a, b) => a.title.localeCompare(b.title));

  return (
    <section aria-label="Dotted lines">
      <h2 className={styles.heading}>Dotted lines</h2>
      {dotted.length === 0 ? (
        <p className={styles.strengthMeaning}>None. Add one for matrix reporting.</p>
      ) : null}
      <ul className={styles.dotted}>
        {dotted.map((id) => (
          <li key={id}>
            <span>{titleOf(id)}</span>
            <Button
              size="small"
              variant="ghost"
              iconOnly
              aria-label={`Remove dotted line to ${titleOf(id)}`}
              onClick={() =>
                editor
                  .getState()
                  .edit(`Remove dotted line of ${role.title}`, (d) => removeDottedLine(d, role.id, id))
              }
            >
              <CloseIcon />
            </Button>
          </li>
        ))}
      </ul>
      {candidates.length > 0 ? (
        <select
          className={styles.select}
          aria-label="Add a dotted line to"
          value=""
          onChange={(e) => {
            const managerId = e.target.value;
            if (managerId) {
              editor
                .getState()
                .edit(`Add dotted line of ${role.title}`, (d) => addDottedLine(d, role.id, managerId));
            }
          }}
        >
          <option value="">Add a dotted line to…</option>
          {candidates.map((r) => (
            <option key={r.id} value={r.id}>
              {r.title}
              {r.person ? ` (${r.person})` : ''}
            </option>
          ))}
        </select>
      ) : null}
    </section>
  );
}
