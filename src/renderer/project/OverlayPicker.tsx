import { DropdownMenu } from 'radix-ui';
import { useMemo } from 'react';
import { departmentColour } from '../canvas/overlay-colour';
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
  { id: 'department', label: 'Department', legend: '' },
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
  if (overlay === 'department') return <DepartmentLegend />;
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

const LEGEND_DEPARTMENTS = 8;

function DepartmentLegend() {
  const roles = useEditor((s) => s.scenario?.roles);
  const departments = useMemo(() => {
    const counts = new Map<string, number>();
    for (const role of roles ?? [])
      if (role.department) counts.set(role.department, (counts.get(role.department) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([name]) => name);
  }, [roles]);
  return (
    <div className={styles.legend} role="note" aria-label="Legend: departments">
      {departments.length === 0 ? (
        <span>No role has a department; set one in the inspector or import it from CSV.</span>
      ) : null}
      {departments.slice(0, LEGEND_DEPARTMENTS).map((name) => (
        <span key={name} style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
          <span className={styles.swatch} style={{ background: departmentColour(name) }} />
          {name}
        </span>
      ))}
      {departments.length > LEGEND_DEPARTMENTS ? (
        <span>and {departments.length - LEGEND_DEPARTMENTS} more</span>
      ) : null}
    </div>
  );
}
