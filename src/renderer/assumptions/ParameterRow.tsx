import { useId } from 'react';
import { resetParameters, setParameter } from '../../core/scenario-edits';
import { MODEL_PARAMETERS, type ParameterInfo } from '../../engine/parameters';
import { Button } from '../ui/Button';
import { NumberField } from './NumberField';
import { useScenarioEdit } from './use-scenario-edit';
import styles from './Assumptions.module.css';

/**
 * One model parameter: its value (the scenario's override or the default), its default, range, unit and
 * basis, a mark when it differs from the default, and a reset.
 */
export function ParameterRow({ info, override }: { info: ParameterInfo; override: number | undefined }) {
  const id = useId();
  const { apply, refusal } = useScenarioEdit();
  const changed = override !== undefined;
  const value = override ?? info.default;
  return (
    <div className={styles.parameter} data-changed={changed ? 'true' : 'false'} data-parameter={info.name}>
      <div className={styles.parameterHead}>
        {changed ? <span className={styles.changedDot} aria-hidden="true" /> : null}
        <NumberField
          label={info.label}
          value={value}
          min={info.min}
          max={info.max}
          describedBy={`${id}-facts${refusal ? ` ${id}-refusal` : ''}`}
          onCommit={(next) =>
            apply(`Set ${info.label}`, (d) =>
              next === null
                ? resetParameters(d, [info.name])
                : setParameter(d, info.name, next, MODEL_PARAMETERS),
            )
          }
        />
        <Button
          size="small"
          variant="ghost"
          disabled={!changed}
          aria-label={`Reset ${info.label} to ${info.default}`}
          onClick={() => apply(`Reset ${info.label}`, (d) => resetParameters(d, [info.name]))}
        >
          Reset
        </Button>
      </div>
      <p className={styles.facts} id={`${id}-facts`}>
        {changed ? <strong className={styles.changed}>Changed from {info.default}. </strong> : null}
        Default {info.default}, range {info.min} to {info.max} ({info.unit}).
      </p>
      {refusal ? (
        <p className={styles.refusal} id={`${id}-refusal`} role="alert">
          {refusal}
        </p>
      ) : null}
      <details className={styles.basis}>
        <summary>Basis ({info.equation})</summary>
        <p>{info.basis}</p>
      </details>
    </div>
  );
}
