import { useState } from 'react';
import { setStrengths } from '../../core/org/edits';
import { STRENGTH_PRESETS } from '../../core/org/presets';
import { subtreeIds } from '../../core/scenario/tree';
import { useEditorStore } from '../editor/editor-context';
import { Button } from '../ui/Button';
import { Tooltip } from '../ui/Tooltip';
import styles from './Inspector.module.css';

/** Named archetypes, applied to the selection or to everyone below it in one undoable edit. */
export function PresetPicker({ roleIds }: { roleIds: string[] }) {
  const editor = useEditorStore();
  const [scope, setScope] = useState<'selection' | 'subtree'>('selection');

  const apply = (presetId: string) => {
    const preset = STRENGTH_PRESETS.find((p) => p.id === presetId)!;
    const roles = editor.getState().scenario?.roles ?? [];
    const targets =
      scope === 'subtree' ? [...new Set(roleIds.flatMap((id) => subtreeIds(roles, id)))] : roleIds;
    editor
      .getState()
      .edit(`Apply ${preset.name} to ${targets.length} role${targets.length === 1 ? '' : 's'}`, (d) =>
        setStrengths(d, targets, preset.strengths),
      );
  };

  return (
    <section aria-label="Presets" className={styles.presets}>
      <h2 className={styles.heading}>Presets</h2>
      <div className={styles.applyTo} role="radiogroup" aria-label="Apply presets to">
        <label>
          <input type="radio" checked={scope === 'selection'} onChange={() => setScope('selection')} />{' '}
          {roleIds.length === 1 ? 'This role' : 'Selected roles'}
        </label>
        <label>
          <input type="radio" checked={scope === 'subtree'} onChange={() => setScope('subtree')} /> With
          everyone below
        </label>
      </div>
      <div className={styles.presetList}>
        {STRENGTH_PRESETS.map((preset) => (
          <Tooltip key={preset.id} label={preset.description}>
            <Button size="small" onClick={() => apply(preset.id)} aria-label={`Apply preset: ${preset.name}`}>
              {preset.name}
            </Button>
          </Tooltip>
        ))}
      </div>
    </section>
  );
}
