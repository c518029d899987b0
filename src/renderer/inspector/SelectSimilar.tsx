import { layerOf } from '../../core/org/select-roles';
import type { Role } from '../../core/scenario/types';
import { commandById } from '../editor/commands';
import { useEditor, useEditorStore } from '../editor/editor-context';
import type { SelectKind } from '../editor/editor-store';
import { Button } from '../ui/Button';
import styles from './Inspector.module.css';

const KEYS: Record<Exclude<SelectKind, 'find'>, string> = {
  department: commandById('select-department').keys!,
  layer: commandById('select-layer').keys!,
  title: commandById('select-title').keys!,
};

/** "Select all in department / at this layer / with this title", from the selected role(s). */
export function SelectSimilar({ roles }: { roles: readonly Role[] }) {
  const editor = useEditorStore();
  const all = useEditor((s) => s.scenario?.roles);
  const single = roles.length === 1 ? roles[0] : null;
  const hasDepartment = roles.some((r) => r.department?.trim());
  const layer = single && all ? layerOf(all, single.id) : undefined;
  const select = (kind: SelectKind) => editor.getState().selectLike(kind);
  return (
    <section aria-label="Select similar roles">
      <h2 className={styles.heading}>Select all</h2>
      <div className={styles.similar}>
        <Button
          size="small"
          disabled={!hasDepartment}
          title={KEYS.department}
          onClick={() => select('department')}
        >
          {single?.department ? `In ${single.department}` : 'In the same department'}
        </Button>
        <Button size="small" title={KEYS.layer} onClick={() => select('layer')}>
          {layer ? `At layer ${layer}` : 'At the same layer'}
        </Button>
        <Button size="small" title={KEYS.title} onClick={() => select('title')}>
          {single ? `Titled ${single.title}` : 'With the same titles'}
        </Button>
      </div>
    </section>
  );
}
