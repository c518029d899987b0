import { Crosshair } from 'lucide-react';
import { useCallback, useState } from 'react';
import type { Scenario } from '../../core/scenario/types';
import { useAppStoreIfAny } from '../app/store-context';
import { useEditor } from '../editor/editor-context';
import { useSimulation } from '../simulation/simulation-store';
import { Button } from '../ui/Button';
import { LeveragePanel } from './LeveragePanel';
import { leverageRuns } from './use-leverage';

/**
 * The results dock's "Where to act" button and its panel, for the quarter the results show. "Try as new
 * scenario" adds the edited copy to the open project and opens it (the app store's addScenario).
 */
export function LeverageButton({ className }: { className?: string }) {
  const [open, setOpen] = useState(false);
  const scenario = useEditor((s) => s.scenario);
  const quarter = useSimulation((s) => s.quarter);
  const runs = useSimulation((s) => s.runs);
  const seed = useSimulation((s) => s.seed);
  const hasReport = useSimulation((s) => s.report !== null);
  const app = useAppStoreIfAny();
  const tryScenario = useCallback(
    (edited: Scenario) => {
      setOpen(false);
      void app?.getState().addScenario(edited);
    },
    [app],
  );
  return (
    <>
      <Button
        size="small"
        variant="ghost"
        disabled={!scenario || !hasReport}
        onClick={() => setOpen(true)}
        className={className}
      >
        <Crosshair size={14} aria-hidden /> Where to act
      </Button>
      {scenario && open ? (
        <LeveragePanel
          open={open}
          onOpenChange={setOpen}
          scenario={scenario}
          quarter={Math.min(quarter, scenario.horizon)}
          runs={leverageRuns(runs)}
          seed={seed}
          onTry={app ? tryScenario : undefined}
        />
      ) : null}
    </>
  );
}
