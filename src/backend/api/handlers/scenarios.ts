import { ApiFailure } from '../../../core/api/errors';
import { offeringBackupOnDamage } from '../../backups/last-good-backup';
import { sqliteOptions } from '../../context';
import { parseScenario } from '../../../core/scenario/parse';
import { recordLastOpenedScenario } from '../../project/scenario-lifecycle';
import { listScenarios, loadScenario, saveScenario } from '../../project/scenario-store';
import type { HandlerGroup } from '../handler-map';
import { afterChange } from './after-change';

export const scenarioHandlers: HandlerGroup<'scenario.list' | 'scenario.load' | 'scenario.save'> = {
  'scenario.list': ({ path }, { paths, projects }) =>
    listScenarios(projects.open(paths.resolveProject(path))),

  /**
   * Also remembers the scenario as the one to reopen, in the file and in the crash-recovery session,
   * unless the request says `remember: false` (a read in the background, not a scenario shown).
   */
  'scenario.load': ({ path, scenarioId, remember }, context) => {
    const { paths, projects, session } = context;
    const target = paths.resolveProject(path);
    const db = projects.open(target);
    const { scenario, updatedAt } = offeringBackupOnDamage(
      context.backups,
      target,
      sqliteOptions(context),
      () => loadScenario(db, scenarioId),
    );
    if (remember === false) return { id: scenarioId, scenario, updatedAt };
    // Remembered for next time only where it can be: a read-only project is never written.
    if (projects.readOnlyReason(target) === null) recordLastOpenedScenario(db, scenarioId);
    session.scenarioShown(target, scenarioId);
    return { id: scenarioId, scenario, updatedAt };
  },

  'scenario.save': async ({ path, scenarioId, scenario }, context) => {
    // The same format-v1 parser as files and the CLI: a scenario the API accepts is one a file may hold.
    const parsed = parseScenario({ format: 'ballast.scenario', version: 1, ...scenario });
    if (!parsed.ok) {
      const count = parsed.problems.length;
      // Name an error, the reason for the refusal, not a warning that happens to be listed before it.
      const first = parsed.problems.find((p) => p.severity === 'error') ?? parsed.problems[0];
      throw new ApiFailure(
        'invalid-scenario',
        `The scenario was not saved: ${count} problem${count === 1 ? '' : 's'} found, first: ${first.message}`,
        parsed.problems,
      );
    }
    const target = context.paths.resolveProject(path);
    const db = context.projects.openForWriting(target);
    const saved = saveScenario(db, parsed.value, scenarioId);
    await afterChange(context, target, db);
    return saved;
  },
};
