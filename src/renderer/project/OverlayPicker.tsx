import { DropdownMenu } from 'radix-ui';
import { useEditor } from '../editor/editor-context';
import type { Overlay } from '../editor/editor-store';
import { Button } from '../ui/Button';
import styles from './ProjectScreen.module.css';

const OVERLAYS: { id: Overlay; label: string; legend: string }[] = [
  { id: 'none', label: 'No colour', legend: '' },
  {
    id: 'leadership',
    label: 'Leadership',
    legend: 'Darker: stronger leadership (mean of vision, inspire, innovate, develop)',
  },
  {
    id: 'management',
    label: 'Management',
    legend: 'Darker: stronger management (mean of plan, organize, control, direct)',
  },
  {
    id: 'balance',
    label: 'Balance',
    legend: 'Orange: leadership ahead of management; blue: management ahead',
  },
  { id: 'trust', label: 'Trust', legend: 'Darker: more trust' },
];

/** Colours every card by one reading of its strengths; the legend says how to read it. */
export function OverlayPicker() {
  const overlay = useEditor((s) => s.overlay);
  const setOverlay = useEditor((s) => s.setOverlay);
  const current = OVERLAYS.find((o) => o.id === overlay)!;
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger asChild>
        <Button variant="ghost" size="small" aria-label={`Colour cards by: ${current.label}`}>
          Colour: {current.label}
        </Button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className={styles.menu} sideOffset={4}>
          <DropdownMenu.RadioGroup value={overlay} onValueChange={(value) => setOverlay(value as Overlay)}>
            {OVERLAYS.map((o) => (
              <DropdownMenu.RadioItem key={o.id} value={o.id} className={styles.menuItem}>
                {o.label}
              </DropdownMenu.RadioItem>
            ))}
          </DropdownMenu.RadioGroup>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}

export function OverlayLegend() {
  const overlay = useEditor((s) => s.overlay);
  if (overlay === 'none') return null;
  const { label, legend } = OVERLAYS.find((o) => o.id === overlay)!;
  const colour =
    overlay === 'balance'
      ? 'linear-gradient(90deg, var(--color-management), var(--color-surface), var(--color-leadership))'
      : `linear-gradient(90deg, var(--color-surface), var(--color-${overlay}))`;
  return (
    <div className={styles.legend} role="note" aria-label={`Legend: ${label}`}>
      <strong>{label}</strong>
      <span className={styles.legendBar} style={{ background: colour }} />
      <span>{legend}</span>
    </div>
  );
}
