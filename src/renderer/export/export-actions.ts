import { chartSvg, exportRolesCsv, exportScenarioJson } from '../../core/export';
import type { EditorStore } from '../editor/editor-store';
import { downloadFile, safeFileName } from './download';
import { svgToPng } from './svg-to-png';

export type ExportKind = 'scenario-json' | 'roles-csv' | 'chart-svg' | 'chart-png';

/** Exports the scenario on screen; the chart as shown (collapsed teams stay collapsed). */
export async function exportScenario(editor: EditorStore, kind: ExportKind): Promise<void> {
  const { scenario, collapsed } = editor.getState();
  if (!scenario) return;
  switch (kind) {
    case 'scenario-json':
      downloadFile(
        safeFileName(scenario.name, 'scenario.json'),
        exportScenarioJson(scenario),
        'application/json',
      );
      return;
    case 'roles-csv':
      downloadFile(
        safeFileName(scenario.name, 'roles.csv'),
        exportRolesCsv(scenario),
        'text/csv;charset=utf-8',
      );
      return;
    case 'chart-svg':
      downloadFile(
        safeFileName(scenario.name, 'svg'),
        chartSvg(scenario.roles, { collapsed, title: scenario.name }),
        'image/svg+xml',
      );
      return;
    case 'chart-png':
      downloadFile(
        safeFileName(scenario.name, 'png'),
        await svgToPng(chartSvg(scenario.roles, { collapsed, title: scenario.name })),
      );
      return;
  }
}
