import { useId } from 'react';
import { STRENGTH_PRESETS } from '../../core/org/presets';
import { STRENGTH_MEANINGS } from '../../core/org/strength-meanings';
import {
  MAX_STRENGTH,
  MAX_TIMING_SPREAD,
  MIN_STRENGTH,
  STRENGTH_NAMES,
  type Strengths,
} from '../../core/scenario/types';
import { RatingErrorField } from '../inspector/RatingErrorField';
import { allAt5, draftRatingError, presetOf, type EventDraft } from './event-draft';
import styles from './Timeline.module.css';

export interface RoleOption {
  id: string;
  title: string;
}

interface FieldsProps {
  draft: EventDraft;
  roles: RoleOption[];
  /** Replaces some fields of the draft. */
  change(patch: Partial<Record<string, unknown>>): void;
  /** The id of the hired role itself, which its own fields must not offer. */
  selfId?: string;
}

/** The fields of one event type, as labelled form controls, then how sure its timing is. */
export function EventFields(props: FieldsProps) {
  return (
    <>
      <TypeFields {...props} />
      <TimingSpreadInput
        value={props.draft.timingSpread ?? 0}
        onChange={(timingSpread) => props.change({ timingSpread })}
      />
    </>
  );
}

function TypeFields({ draft, roles, change, selfId }: FieldsProps) {
  const others = roles.filter((r) => r.id !== selfId);
  switch (draft.type) {
    case 'grow':
      return (
        <>
          <RoleSelect
            label="Role"
            value={draft.roleId}
            roles={others}
            onChange={(roleId) => change({ roleId })}
          />
          <NumberInput
            label="New team size"
            value={draft.team}
            min={0}
            step={1}
            onChange={(team) => change({ team })}
          />
        </>
      );
    case 'hire':
      return (
        <>
          <TextInput label="Title" value={draft.title} onChange={(title) => change({ title })} autoFocus />
          <TextInput
            label="Person"
            value={draft.person}
            placeholder="Vacant"
            onChange={(person) => change({ person })}
          />
          <label className={styles.field}>
            <span className={styles.fieldLabel}>Strengths</span>
            <select
              className={styles.select}
              value={draft.preset}
              onChange={(e) => change({ preset: e.target.value })}
            >
              {draft.preset === 'keep' || selfId ? <option value="keep">Keep as they are</option> : null}
              <option value="">Every strength at 5</option>
              {STRENGTH_PRESETS.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
          <RatingErrorField
            value={draft.ratingError}
            onChange={(v) => change({ ratingError: draftRatingError(v) })}
          />
          <RoleSelect
            label="Reports to"
            value={draft.reportsTo}
            roles={others}
            onChange={(reportsTo) =>
              change({ reportsTo, takeOver: draft.takeOver.filter((id) => id !== reportsTo) })
            }
          />
          <RoleChecklist
            legend="Takes over (their reporting lines move to the new role)"
            roles={others.filter((r) => r.id !== draft.reportsTo)}
            value={draft.takeOver}
            onChange={(takeOver) => change({ takeOver })}
          />
        </>
      );
    case 'depart':
      return (
        <>
          <RoleSelect
            label="Role"
            value={draft.roleId}
            roles={others}
            onChange={(roleId) => change({ roleId })}
          />
          <RoleSelect
            label="Reports go to"
            value={draft.reportsTo ?? ''}
            roles={others.filter((r) => r.id !== draft.roleId)}
            none="Its own manager"
            onChange={(reportsTo) => change({ reportsTo: reportsTo === '' ? undefined : reportsTo })}
          />
        </>
      );
    case 'reorg':
      return (
        <>
          <RoleSelect
            label="Role"
            value={draft.roleId}
            roles={others}
            onChange={(roleId) => change({ roleId })}
          />
          <RoleSelect
            label="New manager"
            value={draft.reportsTo}
            roles={others.filter((r) => r.id !== draft.roleId)}
            onChange={(reportsTo) => change({ reportsTo })}
          />
        </>
      );
    case 'crisis':
      return (
        <>
          <NumberInput
            label="Severity (0 to 1)"
            value={draft.severity}
            min={0}
            max={1}
            step={0.05}
            onChange={(severity) => change({ severity })}
          />
          <DurationInput value={draft.quarters} onChange={(quarters) => change({ quarters })} />
        </>
      );
    case 'marketShift':
      return (
        <NumberInput
          label="Size (0 to 1)"
          value={draft.size}
          min={0}
          max={1}
          step={0.05}
          onChange={(size) => change({ size })}
        />
      );
    case 'coaching':
      return (
        <>
          <RoleChecklist
            legend="Roles coached"
            roles={others}
            value={draft.roleIds}
            onChange={(roleIds) => change({ roleIds })}
          />
          <DurationInput value={draft.quarters} onChange={(quarters) => change({ quarters })} />
        </>
      );
    case 'feedback360':
      return (
        <RoleChecklist
          legend="Roles receiving 360 feedback"
          roles={others}
          value={draft.roleIds}
          onChange={(roleIds) => change({ roleIds })}
        />
      );
    case 'oneOnOnes':
      return (
        <>
          <RoleChecklist
            legend="Roles"
            roles={others}
            value={draft.roleIds}
            onChange={(roleIds) => change({ roleIds })}
          />
          <label className={styles.check}>
            <input
              type="checkbox"
              checked={draft.enabled}
              onChange={(e) => change({ enabled: e.target.checked })}
            />
            Hold regular one-on-ones (clear to stop them)
          </label>
        </>
      );
    case 'succession':
      return (
        <>
          <RoleSelect
            label="Role"
            value={draft.roleId}
            roles={others}
            onChange={(roleId) => change({ roleId })}
          />
          <TextInput
            label="New holder"
            value={draft.person ?? ''}
            placeholder="To be hired"
            onChange={(person) => change({ person })}
          />
          <StrengthsFields value={draft.strengths} onChange={(strengths) => change({ strengths })} />
          <RatingErrorField
            label="How sure are the newcomer's ratings?"
            value={draft.ratingError}
            onChange={(v) => change({ ratingError: draftRatingError(v) })}
          />
        </>
      );
  }
}

/**
 * The newcomer's nine strengths: a preset (the archetypes the inspector applies to a role) sets them all,
 * and each can then be set on its own.
 */
function StrengthsFields({ value, onChange }: { value: Strengths; onChange(strengths: Strengths): void }) {
  const preset = presetOf(value);
  return (
    <>
      <label className={styles.field}>
        <span className={styles.fieldLabel}>Strengths</span>
        <select
          className={styles.select}
          value={preset ?? 'custom'}
          onChange={(e) => {
            const chosen = STRENGTH_PRESETS.find((p) => p.id === e.target.value);
            onChange({ ...allAt5(), ...chosen?.strengths });
          }}
        >
          {preset === undefined ? (
            <option value="custom" disabled>
              Set one by one
            </option>
          ) : null}
          <option value="">Every strength at 5</option>
          {STRENGTH_PRESETS.map((p) => (
            <option key={p.id} value={p.id} title={p.description}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <fieldset className={styles.strengthGrid}>
        <legend className={styles.fieldLabel}>Strengths, 0 to 10</legend>
        {STRENGTH_NAMES.map((name) => (
          <NumberInput
            key={name}
            label={STRENGTH_MEANINGS[name].label}
            value={value[name]}
            min={MIN_STRENGTH}
            max={MAX_STRENGTH}
            step={1}
            onChange={(v) => onChange({ ...value, [name]: v })}
          />
        ))}
      </fieldset>
    </>
  );
}

function TextInput(props: {
  label: string;
  value: string;
  onChange(value: string): void;
  placeholder?: string;
  autoFocus?: boolean;
}) {
  return (
    <label className={styles.field}>
      <span className={styles.fieldLabel}>{props.label}</span>
      <input
        className={styles.input}
        value={props.value}
        placeholder={props.placeholder}
        autoFocus={props.autoFocus}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </label>
  );
}

export function NumberInput(props: {
  label: string;
  value: number;
  onChange(value: number): void;
  min?: number;
  max?: number;
  step?: number;
  describedBy?: string;
}) {
  return (
    <label className={styles.field}>
      <span className={styles.fieldLabel}>{props.label}</span>
      <input
        className={styles.input}
        type="number"
        value={Number.isNaN(props.value) ? '' : String(props.value)}
        min={props.min}
        max={props.max}
        step={props.step}
        aria-describedby={props.describedBy}
        onChange={(e) => props.onChange(e.target.value === '' ? NaN : Number(e.target.value))}
      />
    </label>
  );
}

export function RoleSelect(props: {
  label: string;
  value: string;
  roles: RoleOption[];
  onChange(id: string): void;
  none?: string;
}) {
  return (
    <label className={styles.field}>
      <span className={styles.fieldLabel}>{props.label}</span>
      <select className={styles.select} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.none !== undefined ? <option value="">{props.none}</option> : null}
        {props.roles.map((r) => (
          <option key={r.id} value={r.id}>
            {r.title}
          </option>
        ))}
      </select>
    </label>
  );
}

function RoleChecklist(props: {
  legend: string;
  roles: RoleOption[];
  value: string[];
  onChange(ids: string[]): void;
}) {
  const id = useId();
  return (
    <fieldset className={styles.checklist} aria-describedby={`${id}-count`}>
      <legend className={styles.fieldLabel}>{props.legend}</legend>
      <div className={styles.checklistItems}>
        {props.roles.map((r) => (
          <label key={r.id} className={styles.check}>
            <input
              type="checkbox"
              checked={props.value.includes(r.id)}
              onChange={(e) =>
                props.onChange(
                  e.target.checked ? [...props.value, r.id] : props.value.filter((v) => v !== r.id),
                )
              }
            />
            {r.title}
          </label>
        ))}
      </div>
      <span id={`${id}-count`} className={styles.note}>
        {props.value.length} selected
      </span>
    </fieldset>
  );
}

/**
 * An event whose timing is not sure: Monte Carlo runs move it by up to this many quarters either way
 * (0, the default, keeps it exactly where it is).
 */
function TimingSpreadInput({ value, onChange }: { value: number; onChange(quarters: number): void }) {
  const id = useId();
  return (
    <div className={styles.field}>
      <NumberInput
        label="Timing uncertain by ± quarters"
        value={value}
        min={0}
        max={MAX_TIMING_SPREAD}
        step={1}
        describedBy={`${id}-help`}
        onChange={onChange}
      />
      <span id={`${id}-help`} className={styles.note}>
        0 if it happens exactly then; Monte Carlo runs move it up to this many quarters earlier or later.
      </span>
    </div>
  );
}

/** How many quarters a crisis or a coaching programme lasts. */
function DurationInput({ value, onChange }: { value: number; onChange(quarters: number): void }) {
  return <NumberInput label="Lasts (quarters)" value={value} min={1} step={1} onChange={onChange} />;
}
