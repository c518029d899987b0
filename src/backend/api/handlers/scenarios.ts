import { ApiFailure } from '../../../core/api/errors';
import { parseScenario } from '../../../core/scenario/parse';
import { listScenarios, loadScenario, saveScenario } from '../../project/scenario-store';
import type { HandlerGroup } from '../handler-map';

export const scenarioHandlers: HandlerGroup<'scenario.list' | 'scenario.load' | 'scenario.save'> = {
  'scenario.list': ({ path }, { paths, projects }) =>
    listScenarios(projects.open(paths.resolveProject(path))),

  'scenario.load': ({ path, scenarioId }, { paths, projects }) => {
    const { scenario, updatedAt } = loadScenario(projects.open(paths.resolveProject(path)), scenarioId);
    return { id: scenarioId, scenario, updatedAt };
  },

  'scenario.save': ({ path, scenarioId, scenario }, { paths, projects }) => {
    // The same format-v1 parser as files and the CLI: a scenario the API accepts is one a file may hold.
    const parsed = parseScenario({ format: 'ballast.scenario', version: 1, ...scenario });
    if (!parsed.ok) {
      const count = parsed.problems.length;
      throw new ApiFailure(
        'invalid-scenario',
        `The scenario was not saved: ${count} problem${count === 1 ? '' : 's'} found, first: ${parsed.problems[0].message}`,
        parsed.problems,
      );
    }
    return saveScenario(projects.open(paths.resolveProject(path)), parsed.value, scenarioId);
  },
};
