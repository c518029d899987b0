import { useMemo } from 'react';
import { addDottedLine, removeDottedLine } from '../../core/org/edits';
import type { Role } from '../../core/scenario/types';
import { useEditor, useEditorStore } from '../editor/editor-context';
import { Button } from '../ui/Button';
import { CloseIcon } from '../ui/icons';
import { roleChoices, roleLabels } from './role-choices';
import { RolePicker } from './RolePicker';
import styles from './Inspector.module.css';

/** Matrix reporting: the second managers this role answers to, drawn dashed on the chart. */
export function DottedLines({ role }: { role: Role }) {
  const editor = useEditorStore();
  const roles = useEditor((s) => s.scenario?.roles);
  // Labels that tell every role apart (title and person, then department, then id), searched by the picker.
  const labels = useMemo(() => roleLabels(roles ?? []), [roles]);
  const titleOf = (id: string) => labels.get(id) ?? id;
  const dotted = role.dottedTo ?? [];
  const candidates = useMemo(
    () =>
      roleChoices(
        (roles ?? []).filter(
          (r) => r.id !== role.id && r.id !== role.reportsTo && !role.dottedTo?.includes(r.id),
        ),
        labels,
      ),
    [roles, labels, role.id, role.reportsTo, role.dottedTo],
  );

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
        <RolePicker
          label="Add a dotted line to"
          choices={candidates}
          onChoose={(managerId) =>
            editor
              .getState()
              .edit(`Add dotted line of ${role.title}`, (d) => addDottedLine(d, role.id, managerId))
          }
        />
      ) : null}
    </section>
  );
}
