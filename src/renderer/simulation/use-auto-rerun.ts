import { useEffect, useState } from 'react';
import type { EditorStore } from '../editor/editor-store';
import { createRerunController, type RerunController } from './rerun-controller';
import { createSimulationClient } from './simulation-client';
import { simulationStore } from './simulation-store';

/** Owns the simulation worker while the results dock is mounted, re-running after every edit. */
export function useAutoRerun(editor: EditorStore): RerunController | null {
  const [controller, setController] = useState<RerunController | null>(null);
  useEffect(() => {
    const created = createRerunController(editor, simulationStore, createSimulationClient());
    setController(created);
    return () => {
      created.dispose();
      simulationStore.getState().reset();
    };
  }, [editor]);
  return controller;
}
