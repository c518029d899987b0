import { useMemo, useState } from 'react';
import { resetParameters } from '../../core/scenario-edits';
import { useEditor } from '../editor/editor-context';
import { Button } from '../ui/Button';
import { parameterGroups } from './parameter-groups';
import { ParameterRow } from './ParameterRow';
import { useScenarioEdit } from './use-scenario-edit';
import styles from './Assumptions.module.css';

const EMPTY: Readonly<Record<string, number>> = {};

/**
 * The model's parameters grouped by equation, each group folded until opened (or while a search matches
 * in it). Changed parameters are counted per group and can be reset together.
 */
export function ParameterList() {
  const overrides = useEditor((s) => s.scenario?.parameters) ?? EMPTY;
  const { apply } = useScenarioEdit();
  const [query, setQuery] = useState('');
  const [onlyChanged, setOnlyChanged] = useState(false);
  const groups = useMemo(() => parameterGroups(), []);
  const changedCount = Object.keys(overrides).length;
  const needle = query.trim().toLowerCase();
  const filtering = needle !== '' || onlyChanged;

  return (
    <section aria-label="Model parameters" className={styles.section}>
      <div className={styles.sectionHead}>
        <h2 className={styles.heading}>Model parameters</h2>
        <Button
          size="small"
          disabled={changedCount === 0}
          onClick={() => apply('Reset all parameters', (d) => resetParameters(d))}
        >
          Reset all{changedCount > 0 ? ` (${changedCount})` : ''}
        </Button>
      </div>
      <p className={styles.note}>
        What docs/MODEL.md assumes. Changes are saved with this scenario; a dot marks each one.
      </p>
      <input
        className={styles.search}
        type="search"
        aria-label="Find a parameter"
        placeholder="Find a parameter"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <label className={styles.check}>
        <input type="checkbox" checked={onlyChanged} onChange={(e) => setOnlyChanged(e.target.checked)} />{' '}
        Only changed ({changedCount})
      </label>
      {groups.map((group) => {
        const shown = group.parameters.filter(
          (p) =>
            (!onlyChanged || overrides[p.name] !== undefined) &&
            (needle === '' ||
              p.label.toLowerCase().includes(needle) ||
              p.name.toLowerCase().includes(needle)),
        );
        if (shown.length === 0) return null;
        const changed = group.parameters.filter((p) => overrides[p.name] !== undefined).length;
        return (
          <details key={group.equation} className={styles.group} open={filtering || undefined}>
            <summary className={styles.groupSummary}>
              {group.title}
              <span className={styles.groupCount}>
                {changed > 0 ? `${changed} changed · ` : ''}
                {group.parameters.length}
              </span>
            </summary>
            <div className={styles.groupBody} role="group" aria-label={group.title}>
              {shown.map((info) => (
                <ParameterRow key={info.name} info={info} override={overrides[info.name]} />
              ))}
            </div>
          </details>
        );
      })}
    </section>
  );
}
