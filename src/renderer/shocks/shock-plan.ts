/**
 * The live shocks a facilitator applies with one click, at the quarter on screen: each becomes an
 * ordinary scenario event, exactly what adding it on the timeline would make. Its fields are the
 * timeline's defaults for a new event (`newDraft` in ../timeline/event-draft.ts), so a shock and a
 * hand-made event of the same type agree; nothing here picks its own numbers.
 */
import { STRENGTH_PRESETS } from '../../core/org/presets';
import { addEvent, addHire, rolesAliveAt } from '../../core/scenario-edits';
import type { Scenario } from '../../core/scenario/types';
import { newDraft, toEvent } from '../timeline/event-draft';

export const SHOCK_KINDS = [
  'crisis',
  'departure',
  'marketShift',
  'hire',
  'coaching',
  'teamCoaching',
] as const;
export type ShockKind = (typeof SHOCK_KINDS)[number];

export const SHOCK_NAMES: Record<ShockKind, string> = {
  crisis: 'Crisis',
  departure: 'Departure',
  marketShift: 'Market shift',
  hire: 'Hire a manager',
  coaching: 'Coaching',
  teamCoaching: 'Coaching of a team',
};

/** The hire shock's newcomer: a manager, so the operator archetype (plans, organizes, runs the machine). */
export const HIRED_MANAGER_TITLE = 'New manager';
const MANAGER_PRESET = STRENGTH_PRESETS.find((p) => p.id === 'operator')!;

export interface ShockContext {
  scenario: Scenario;
  /** The one selected role, or null (none or several selected). */
  selectedId: string | null;
  /** The quarter on screen (0 is the design, before any event can act). */
  quarter: number;
  titles: ReadonlyMap<string, string>;
  /**
   * Who reports to whom in each simulated quarter (the engine's report), for coaching a team as it
   * stands then; absent while the first results are on the way.
   */
  report?: { quarters: { roles: Record<string, { reportsTo?: unknown }> }[] } | null;
}

export type ShockPlan =
  | {
      kind: ShockKind;
      ready: true;
      /** The button's words, e.g. "Departure of Sales lead". */
      label: string;
      /** The quarter it acts in, and the undo step's name, e.g. "Crisis in Q4". */
      quarter: number;
      edit: string;
      apply(draft: Scenario): void;
    }
  | { kind: ShockKind; ready: false; label: string; reason: string };

/**
 * The quarter a shock acts in: the one on screen. Events act from Q1 (Q0 is the design itself), so a
 * shock on the design acts in Q1.
 */
export function shockQuarter(quarter: number, horizon: number): number {
  return Math.max(1, Math.min(horizon, Math.round(quarter)));
}

/** What a shock of this kind would do now, or why it cannot. */
export function planShock(kind: ShockKind, context: ShockContext): ShockPlan {
  const { scenario, selectedId, titles } = context;
  const quarter = shockQuarter(context.quarter, scenario.horizon);
  const alive = rolesAliveAt(scenario, quarter);
  const selected = selectedId && alive.has(selectedId) ? selectedId : null;
  const title = (id: string) => titles.get(id) ?? id;
  const top = scenario.roles.find((r) => r.reportsTo === null)?.id ?? null;
  const at = ` in Q${quarter}`;
  const needsRole = (label: string, what: string) => ({
    kind,
    ready: false as const,
    label,
    reason:
      selectedId && !selected
        ? `${title(selectedId)} is not in the org in Q${quarter}. Select a role that is.`
        : `Select a role on the chart first: ${what}.`,
  });

  switch (kind) {
    case 'crisis':
    case 'marketShift': {
      const event = toEvent(newDraft(kind, quarter, scenario), undefined);
      const edit = `${SHOCK_NAMES[kind]}${at}`;
      return {
        kind,
        ready: true,
        label: SHOCK_NAMES[kind],
        quarter,
        edit,
        apply: (draft) => void addEvent(draft, event),
      };
    }
    case 'departure': {
      if (!selected) return needsRole('Departure of the selected role', 'the role that leaves');
      if (selected === top) {
        return {
          kind,
          ready: false,
          label: `Departure of ${title(selected)}`,
          reason: `${title(selected)} is the top role and cannot leave; give it a new holder on the timeline instead.`,
        };
      }
      const label = `Departure of ${title(selected)}`;
      return {
        kind,
        ready: true,
        label,
        quarter,
        edit: `${label}${at}`,
        apply: (draft) => void addEvent(draft, { quarter, type: 'depart', roleId: selected }),
      };
    }
    case 'hire': {
      const manager = selected ?? top;
      if (!manager) return { kind, ready: false, label: SHOCK_NAMES.hire, reason: 'The org has no roles.' };
      const label = `Hire a manager under ${title(manager)}`;
      return {
        kind,
        ready: true,
        label,
        quarter,
        edit: `${label}${at}`,
        apply: (draft) =>
          void addHire(
            draft,
            quarter,
            { title: HIRED_MANAGER_TITLE, strengths: MANAGER_PRESET.strengths },
            manager,
          ),
      };
    }
    case 'coaching':
    case 'teamCoaching': {
      const team = kind === 'teamCoaching';
      if (!selected)
        return team
          ? needsRole('Coaching of the selected role’s team', 'the manager whose reports are coached')
          : needsRole('Coaching of the selected role', 'the role to coach');
      const label = team ? `Coaching of ${title(selected)}’s team` : `Coaching of ${title(selected)}`;
      const roleIds = team ? reportsAt(context.report, quarter, selected) : [selected];
      if (roleIds === null) return { kind, ready: false, label, reason: 'Waiting for the results.' };
      if (roleIds.length === 0)
        return {
          kind,
          ready: false,
          label,
          reason: `${title(selected)} has no reports in Q${quarter}. Select a manager.`,
        };
      const draft = newDraft('coaching', quarter, scenario);
      const event = toEvent(draft.type === 'coaching' ? { ...draft, roleIds } : draft, undefined);
      return {
        kind,
        ready: true,
        label,
        quarter,
        edit: `${label}${at}`,
        apply: (draft) => void addEvent(draft, event),
      };
    }
  }
}

/**
 * A manager's direct reports in a quarter, as the engine's report has them (after that quarter's events,
 * which a new event follows); null without a report.
 */
function reportsAt(report: ShockContext['report'], quarter: number, managerId: string): string[] | null {
  const roles = report?.quarters[quarter]?.roles;
  if (!roles) return null;
  return Object.entries(roles)
    .filter(([, figures]) => figures.reportsTo === managerId)
    .map(([id]) => id);
}
