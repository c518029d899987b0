import { DropdownMenu } from 'radix-ui';
import {
  COMPACT_FROM_ROLES,
  chartLayoutStore,
  useChartLayoutChoice,
  type ChartLayoutChoice,
} from './chart-layout';
import { afterMenuCloses } from './next-frame';

const CHOICES: { value: ChartLayoutChoice; label: string }[] = [
  { value: 'auto', label: `Layout: automatic (compact from ${COMPACT_FROM_ROLES} roles)` },
  { value: 'compact', label: 'Layout: compact (stack roles with no reports)' },
  { value: 'wide', label: 'Layout: wide (every team in a row)' },
];

/** The View menu's layout choice, kept across launches. */
export function ChartLayoutItems({ itemClassName }: { itemClassName: string }) {
  const choice = useChartLayoutChoice();
  return (
    <DropdownMenu.RadioGroup
      value={choice}
      onValueChange={(value) =>
        afterMenuCloses(() => chartLayoutStore.getState().choose(value as ChartLayoutChoice))
      }
    >
      {CHOICES.map((c) => (
        <DropdownMenu.RadioItem key={c.value} value={c.value} className={itemClassName}>
          {c.label}
        </DropdownMenu.RadioItem>
      ))}
    </DropdownMenu.RadioGroup>
  );
}
