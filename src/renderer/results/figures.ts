/** The eight figures charted per quarter, their scales and how each is written (as the CLI's table). */
import type { OrgFigureName } from '../../engine/index';

export interface ChartedFigure {
  key: OrgFigureName;
  label: string;
  /** The axis's range. */
  max: number;
  format(value: number): string;
}

const index = (value: number) => value.toFixed(1);
const share = (value: number) => value.toFixed(2);
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

export const CHARTED_FIGURES: readonly ChartedFigure[] = [
  { key: 'chaos', label: 'Chaos', max: 100, format: index },
  { key: 'bureaucracy', label: 'Bureaucracy', max: 100, format: index },
  { key: 'health', label: 'Health', max: 100, format: index },
  { key: 'engagement', label: 'Engagement', max: 1, format: share },
  { key: 'execution', label: 'Execution', max: 1, format: share },
  { key: 'innovation', label: 'Innovation', max: 1, format: share },
  { key: 'attrition', label: 'Attrition', max: 0.2, format: percent },
  { key: 'fit', label: 'Strategic fit', max: 1, format: share },
];
