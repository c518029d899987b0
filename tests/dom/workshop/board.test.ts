import { describe, expect, it } from 'vitest';
import { simulate, toSimulationReport } from '../../../src/engine/index';
import type { Scenario } from '../../../src/core/scenario/types';
import type { WorkshopInfo } from '../../../src/core/api/contract';
import { buildBoard, rankRows } from '../../../src/renderer/workshop/board';
import { boardCsv } from '../../../src/renderer/workshop/board-csv';
import { keyFigures } from '../../../src/renderer/workshop/board-figures';
import { scenariosToReload } from '../../../src/renderer/workshop/board-polling';
import { eventChanges } from '../../../src/renderer/workshop/event-changes';
import { engineRichScenario, strengths } from '../../helpers/scenarios';

const entry = (id: string, name: string, scenario: Scenario) => ({
  id,
  name,
  scenario: { ...scenario, name },
  report: toSimulationReport(simulate(scenario)),
});

/** A baseline and three groups: one untouched, one with an operator CEO and a crisis, one with a lost event. */
function workshop() {
  const base = engineRichScenario();
  const operator = engineRichScenario();
  operator.roles[0] = {
    ...operator.roles[0],
    strengths: strengths({ vision: 9, plan: 9, organize: 9, direct: 9, control: 7 }),
  };
  operator.events = [...operator.events, { quarter: 6, type: 'crisis', severity: 0.4, quarters: 1 }];
  const fewer = engineRichScenario();
  fewer.events = fewer.events.filter((e) => e.type !== 'marketShift');
  fewer.events = fewer.events.map((e) => (e.type === 'grow' ? { ...e, team: 30 } : e));
  const info: WorkshopInfo = {
    baselineId: 'base',
    groups: [
      { scenarioId: 'g1', name: 'Group 1' },
      { scenarioId: 'g2', name: 'Group 2' },
      { scenarioId: 'g3', name: 'Group 3' },
    ],
  };
  const simulated = [
    entry('g3', 'Group 3', fewer),
    entry('base', 'Baseline', base),
    entry('g1', 'Group 1', base),
    entry('g2', 'Group 2', operator),
  ];
  return { info, simulated };
}

describe('the groups board', () => {
  it('lists the baseline, then the groups in the order made, whatever order they were simulated in', () => {
    const { info, simulated } = workshop();
    const board = buildBoard(info, simulated, 8);
    expect(board.rows.map((r) => r.name)).toEqual(['Baseline', 'Group 1', 'Group 2', 'Group 3']);
    expect(board.rows.map((r) => r.order)).toEqual([0, 1, 2, 3]);
    expect(board.rows[0].baseline).toBe(true);
    expect(board.waiting).toEqual([]);
  });

  it("says what each group changed: the design and the events, and 'nothing' for an untouched copy", () => {
    const { info, simulated } = workshop();
    const [, same, operator, fewer] = buildBoard(info, simulated, 8).rows;
    expect(same.designLines).toEqual([]);
    expect(same.eventLines).toEqual([]);
    expect(operator.designLines).toEqual([
      'CEO: Plan 2.5 → 9 (+6.5), Organize 5 → 9 (+4), Control 5 → 7 (+2), Direct 5 → 9 (+4)',
    ]);
    expect(operator.eventLines).toEqual(['Added: Crisis 0.4 ×1 (quarter 6)']);
    expect(fewer.eventLines).toEqual([
      'Removed: Market shift 0.3 (quarter 5)',
      'Changed: 00155792 grows to 20 (quarter 1) → 00155792 grows to 30 (quarter 1)',
    ]);
  });

  it('gives deltas against the baseline, and none to the baseline itself', () => {
    const { info, simulated } = workshop();
    const [base, same, operator] = buildBoard(info, simulated, 8).rows;
    expect(keyFigures(base).every((f) => f.delta === null)).toBe(true);
    expect(keyFigures(same).find((f) => f.label === 'Health')!.delta).toBe('±0.0');
    const health = operator.values.health! - base.values.health!;
    expect(operator.deltas.health).toBeCloseTo(health, 9);
    expect(keyFigures(operator).map((f) => f.label)).toEqual([
      'Health',
      'Chaos',
      'Bureaucracy',
      'Annual cost',
      'Headcount',
      'Layers',
      'Average span',
      'Widest span',
    ]);
  });

  it('ranks the groups by a figure, best first, keeping the baseline on top', () => {
    const { info, simulated } = workshop();
    const board = buildBoard(info, simulated, 8, 'figure:health');
    const groups = board.rows.slice(1);
    expect(board.rows[0].baseline).toBe(true);
    const health = groups.map((r) => r.values.health!);
    expect(health).toEqual([...health].sort((a, b) => b - a));
    const chaos = rankRows(board.rows, 'figure:chaos')
      .slice(1)
      .map((r) => r.values.chaos!);
    expect(chaos).toEqual([...chaos].sort((a, b) => a - b));
    expect(rankRows(board.rows, 'made').map((r) => r.order)).toEqual([0, 1, 2, 3]);
  });

  it('names the groups still being simulated', () => {
    const { info, simulated } = workshop();
    const board = buildBoard(info, simulated.slice(0, 2), 8);
    expect(board.rows.map((r) => r.name)).toEqual(['Baseline', 'Group 3']);
    expect(board.waiting).toEqual(['Group 1', 'Group 2']);
  });

  it('exports the board as CSV: the comparison columns plus each group and its changes', () => {
    const { info, simulated } = workshop();
    const lines = boardCsv(buildBoard(info, simulated, 8))
      .trimEnd()
      .split('\r\n');
    const header = lines[0].split(',');
    expect(header.slice(0, 3)).toEqual(['scenario', 'group', 'baseline']);
    expect(header.slice(-3)).toEqual(['events_changed', 'event_changes', 'design_changes']);
    expect(lines).toHaveLength(5);
    expect(lines[1]).toMatch(/^Baseline,baseline,true,8,/);
    expect(lines[2]).toMatch(/^Group 1,group 1,false,8,.*,0,no change,no change$/);
    expect(lines[3]).toContain('Added: Crisis 0.4 ×1 (quarter 6)');
  });
});

describe('event changes', () => {
  it('matches equal events whatever their key order, and pairs a changed one with its original', () => {
    const a = { quarter: 4, type: 'crisis', severity: 0.6, quarters: 2 } as const;
    const b = { quarters: 2, severity: 0.6, type: 'crisis', quarter: 4 } as const;
    expect(eventChanges([a], [b])).toEqual({ added: [], removed: [], changed: [] });
    const later = { ...a, severity: 0.8 };
    expect(eventChanges([a], [later])).toEqual({
      added: [],
      removed: [],
      changed: [{ before: a, after: later }],
    });
  });
});

describe('board polling', () => {
  it("re-reads only the workshop's scenarios that are new or saved since last read", () => {
    const info: WorkshopInfo = { baselineId: 'b', groups: [{ scenarioId: 'g', name: 'G' }] };
    const summary = (id: string, updatedAt: string) => ({
      id,
      name: id,
      description: '',
      roleCount: 1,
      headcount: 1,
      updatedAt,
    });
    const list = [summary('b', 't1'), summary('g', 't2'), summary('other', 't3')];
    expect(scenariosToReload(info, list, new Map())).toEqual(['b', 'g']);
    expect(
      scenariosToReload(
        info,
        list,
        new Map([
          ['b', 't1'],
          ['g', 't1'],
        ]),
      ),
    ).toEqual(['g']);
    expect(
      scenariosToReload(
        info,
        list,
        new Map([
          ['b', 't1'],
          ['g', 't2'],
        ]),
      ),
    ).toEqual([]);
  });
});
