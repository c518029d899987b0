/**
 * The presenter's commands and the state its controls show, read from and applied to the app's stores:
 * the same code whether a key on the stage, the overlay or a controls tab asked.
 */
import { roleTitles } from '../../core/scenario/hired-roles';
import type { AppStore } from '../app/app-store';
import type { EditorStore } from '../editor/editor-store';
import { headline } from '../results/headline';
import { simulationStore } from '../simulation/simulation-store';
import { planShock, SHOCK_KINDS, SHOCK_NAMES, type ShockKind } from '../shocks/shock-plan';
import { applyShock, dismissShock, shockStore } from '../shocks/shock-store';
import type { PresenterCommand, PresenterSnapshot } from './presenter-protocol';
import { presenterStore } from './presenter-store';
import { clampRevealQuarter, nextRevealStep, revealQuarter, revealStepText } from './reveal';

export interface PresenterDeps {
  editor: EditorStore;
  /** Absent where there is no app around the editor (tests of the stage alone). */
  app: AppStore | null;
}

const lastQuarter = () => Math.max(0, (simulationStore.getState().report?.quarters.length ?? 1) - 1);

function planAt(kind: ShockKind, { editor }: PresenterDeps, quarter: number) {
  const { scenario, selection } = editor.getState();
  if (!scenario) return null;
  return planShock(kind, {
    scenario,
    selectedId: selection.length === 1 ? selection[0] : null,
    quarter,
    titles: roleTitles(scenario),
    report: simulationStore.getState().report,
  });
}

function shock(kind: ShockKind, deps: PresenterDeps, quarter: number): void {
  const plan = planAt(kind, deps, quarter);
  if (plan) applyShock(plan, deps.editor);
}

/** The reveal's next step, and what the stage does on it. */
function advanceReveal(deps: PresenterDeps): void {
  const presenter = presenterStore.getState();
  const simulation = simulationStore.getState();
  const step = nextRevealStep(presenter.reveal.step);
  const quarter = revealQuarter(presenter.reveal, lastQuarter());
  presenter.setReveal({ step });
  simulation.setPlaying(false);
  switch (step) {
    case 'design':
      // The design alone: the chart without heat, at the start.
      presenter.setPlayTo(null);
      simulation.setHeat(false);
      simulation.setQuarter(0);
      break;
    case 'playTo':
      simulation.setHeat(true);
      simulation.setQuarter(0);
      presenter.setPlayTo(quarter);
      break;
    case 'shock':
      presenter.setPlayTo(null);
      simulation.setQuarter(quarter);
      shock(presenter.reveal.shock, deps, quarter);
      break;
    case 'playOn':
      presenter.setPlayTo(lastQuarter());
      break;
    case null:
      presenter.setPlayTo(null);
      simulation.setHeat(true);
      break;
  }
}

export function runPresenterCommand(command: PresenterCommand, deps: PresenterDeps): void {
  const presenter = presenterStore.getState();
  const simulation = simulationStore.getState();
  switch (command.type) {
    case 'present':
      presenter.enter();
      deps.editor.getState().requestFit();
      return;
    case 'exit':
      presenter.exit();
      simulation.setHeat(true);
      return;
    case 'quarter':
      presenter.setPlayTo(null);
      simulation.setPlaying(false);
      simulation.setQuarter(command.to);
      return;
    case 'reveal':
      advanceReveal(deps);
      return;
    case 'restartReveal':
      presenter.setPlayTo(null);
      presenter.setReveal({ step: null });
      simulation.setHeat(true);
      return;
    case 'revealQuarter':
      presenter.setReveal({ quarter: clampRevealQuarter(command.quarter, lastQuarter()) });
      return;
    case 'revealShock':
      presenter.setReveal({ shock: command.kind });
      return;
    case 'shock':
      shock(command.kind, deps, simulation.quarter);
      return;
    case 'dismissShock':
      dismissShock();
      return;
    case 'scenario':
      if (deps.app) void deps.app.getState().selectScenario(command.id);
      return;
    case 'blank':
      presenter.toggleBlank();
      return;
    case 'figure':
      presenter.setFigure(command.figure);
      return;
  }
}

/** Everything the controls show, read now from the stores. */
export function readPresenterSnapshot(deps: PresenterDeps): PresenterSnapshot {
  const presenter = presenterStore.getState();
  const simulation = simulationStore.getState();
  const shocks = shockStore.getState();
  const { scenario } = deps.editor.getState();
  const project = deps.app?.getState().project ?? null;
  const last = lastQuarter();
  const titles = roleTitles(scenario);
  const reveal = { ...presenter.reveal, quarter: revealQuarter(presenter.reveal, last) };
  return {
    active: presenter.active,
    blank: presenter.blank,
    quarter: simulation.quarter,
    last,
    playing: simulation.playing || presenter.playTo !== null,
    reveal,
    revealText: revealStepText(reveal, last, SHOCK_NAMES[reveal.shock]),
    shocks: SHOCK_KINDS.map((kind) => {
      const plan = planAt(kind, deps, simulation.quarter);
      if (!plan) return { kind, label: SHOCK_NAMES[kind], ready: false, reason: 'No scenario is open.' };
      return plan.ready
        ? { kind, label: plan.label, ready: true }
        : { kind, label: plan.label, ready: false, reason: plan.reason };
    }),
    shockPending: shocks.pending,
    shockShown: shocks.shown,
    shockRefusal: shocks.refusal,
    scenarios: project?.scenarios.map((s) => ({ id: s.id, name: s.name })) ?? [],
    scenarioId: deps.app?.getState().scenarioId ?? deps.editor.getState().scenarioId,
    figure: presenter.figure,
    headline: simulation.report ? headline(simulation.report, titles) : null,
  };
}
