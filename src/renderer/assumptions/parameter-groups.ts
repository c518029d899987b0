import { MODEL_PARAMETERS, type ParameterInfo } from '../../engine/parameters';

/** The equations of docs/MODEL.md, in order, named for the person changing their parameters. */
const EQUATION_TITLES: Record<string, string> = {
  E0: 'How fast things change',
  E1: 'Span, capacity and coverage',
  E2: 'Alignment',
  E3: 'Coordination',
  E4: 'Process, latency and red tape',
  E5: 'Engagement',
  E6: 'Execution',
  E7: 'Burnout',
  E8: 'Trust',
  E9: 'Innovation',
  E10: 'Attrition and ramp-up',
  E11: 'Strengths development',
  E12: 'Strategic fit',
  E13: 'Lost know-how',
  I1: 'Chaos index',
  I2: 'Bureaucracy index',
  I3: 'Health index',
  O1: 'Supply against need',
  O2: 'Outcome',
  M1: 'Monte Carlo',
};

/** Equations first, then indices, outcome and Monte Carlo, as docs/MODEL.md orders them. */
const SECTION_ORDER = 'EIOM';

export interface ParameterGroup {
  equation: string;
  title: string;
  parameters: ParameterInfo[];
}

/** Every model parameter, grouped by the equation that uses it, in the table's order. */
export function parameterGroups(parameters: readonly ParameterInfo[] = MODEL_PARAMETERS): ParameterGroup[] {
  const groups = new Map<string, ParameterGroup>();
  for (const info of parameters) {
    let group = groups.get(info.equation);
    if (!group) {
      group = {
        equation: info.equation,
        title: EQUATION_TITLES[info.equation] ?? info.equation,
        parameters: [],
      };
      groups.set(info.equation, group);
    }
    group.parameters.push(info);
  }
  return [...groups.values()].sort((a, b) => equationNumber(a.equation) - equationNumber(b.equation));
}

function equationNumber(equation: string): number {
  const section = SECTION_ORDER.indexOf(equation[0]);
  return (section === -1 ? SECTION_ORDER.length : section) * 1000 + (Number(equation.slice(1)) || 0);
}
