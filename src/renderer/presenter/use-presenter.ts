import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useAppStoreIfAny } from '../app/store-context';
import { useEditorStore } from '../editor/editor-context';
import { keyIsForPage } from '../editor/use-editor-keyboard';
import { PLAY_STEP_MS } from '../results/QuarterScrubber';
import { simulationStore } from '../simulation/simulation-store';
import { shockStore } from '../shocks/shock-store';
import { readPresenterSnapshot, runPresenterCommand, type PresenterDeps } from './presenter-commands';
import { presenterKeyAction, isPresenterToggle, type PresenterAction } from './presenter-keys';
import {
  isChannelMessage,
  PRESENTER_CHANNEL,
  type ChannelMessage,
  type PresenterCommand,
  type PresenterSnapshot,
} from './presenter-protocol';
import { presenterStore, usePresenter } from './presenter-store';

function usePresenterDeps(): PresenterDeps {
  const editor = useEditorStore();
  const app = useAppStoreIfAny();
  return useMemo(() => ({ editor, app }), [editor, app]);
}

export function usePresenterDispatch(): (command: PresenterCommand) => void {
  const deps = usePresenterDeps();
  return useCallback((command) => runPresenterCommand(command, deps), [deps]);
}

/** Calls `listener` after any store the controls read changes, at most once a frame. */
function subscribeAll(deps: PresenterDeps, listener: () => void): () => void {
  let frame: number | null = null;
  const changed = () => {
    if (frame !== null) return;
    frame = requestAnimationFrame(() => {
      frame = null;
      listener();
    });
  };
  const stops = [
    presenterStore.subscribe(changed),
    simulationStore.subscribe(changed),
    shockStore.subscribe(changed),
    deps.editor.subscribe(changed),
    ...(deps.app ? [deps.app.subscribe(changed)] : []),
  ];
  return () => {
    if (frame !== null) cancelAnimationFrame(frame);
    for (const stop of stops) stop();
  };
}

/** The controls' state, kept current while the stage is up (it is not computed otherwise). */
export function usePresenterSnapshot(): PresenterSnapshot | null {
  const deps = usePresenterDeps();
  const active = usePresenter((s) => s.active);
  const [snapshot, setSnapshot] = useState<PresenterSnapshot | null>(null);
  useEffect(() => {
    if (!active) return;
    setSnapshot(readPresenterSnapshot(deps));
    return subscribeAll(deps, () => setSnapshot(readPresenterSnapshot(deps)));
  }, [active, deps]);
  return active ? snapshot : null;
}

function actionCommand(action: PresenterAction): PresenterCommand | 'controls' {
  const { quarter } = simulationStore.getState();
  const last = Math.max(0, (simulationStore.getState().report?.quarters.length ?? 1) - 1);
  switch (action.type) {
    case 'quarter':
      return { type: 'quarter', to: quarter + action.by };
    case 'quarterTo':
      return { type: 'quarter', to: action.to === 'first' ? 0 : last };
    case 'reveal':
      return { type: 'reveal' };
    case 'restartReveal':
      return { type: 'restartReveal' };
    case 'blank':
      return { type: 'blank' };
    case 'exit':
      return { type: 'exit' };
    case 'controls':
      return 'controls';
  }
}

/** Keys the stage swallows so a stray press on the chart cannot edit the org in front of the room. */
const EDITING_KEYS = new Set(['Delete', 'Backspace', 'Enter', 'Tab', 'F2', 'm', 'M']);

/**
 * The presenter view's machinery, mounted once with the project screen: its keys (F5 or Ctrl/⌘+Shift+P
 * to enter; the clicker's keys while presenting), the play that stops at a quarter, the chart fitted to
 * the stage, leaving with full screen, and the controls tab's channel.
 */
export function usePresenterController(chartId: string): void {
  const deps = usePresenterDeps();
  const active = usePresenter((s) => s.active);
  const playTo = usePresenter((s) => s.playTo);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const presenting = presenterStore.getState().active;
      if (!presenting) {
        if (isPresenterToggle(event) && keyIsForPage(event)) {
          event.preventDefault();
          runPresenterCommand({ type: 'present' }, deps);
        }
        return;
      }
      if (!keyIsForPage(event)) return;
      const action = presenterKeyAction(event);
      if (!action) {
        const inChart = document.getElementById(chartId)?.contains(document.activeElement) ?? false;
        if (inChart && EDITING_KEYS.has(event.key) && !event.ctrlKey && !event.metaKey) {
          event.preventDefault();
          event.stopPropagation();
        }
        return;
      }
      // Before the page's own listeners (the editor's keys, the scrubber's Page keys): one step per press.
      event.preventDefault();
      event.stopPropagation();
      const command = actionCommand(action);
      if (command === 'controls') presenterStore.getState().toggleControls();
      else runPresenterCommand(command, deps);
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [deps, chartId]);

  // Leaving full screen (Esc, which the browser keeps for itself there) leaves the stage too.
  useEffect(() => {
    const onChange = () => {
      const presenter = presenterStore.getState();
      if (!document.fullscreenElement && presenter.active && presenter.fullscreen === 'on')
        runPresenterCommand({ type: 'exit' }, deps);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [deps]);

  // The chart fills the stage: fitted on entering, leaving and whenever the window changes size (not
  // when the project opens: the canvas chooses its own opening view).
  const wasActive = useRef(active);
  useEffect(() => {
    const fit = () => requestAnimationFrame(() => deps.editor.getState().requestFit());
    if (wasActive.current !== active) fit();
    wasActive.current = active;
    if (!active) return;
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  }, [active, deps]);

  useEffect(() => {
    if (playTo === null) return;
    const timer = setInterval(() => {
      const now = simulationStore.getState().quarter;
      if (now >= playTo) presenterStore.getState().setPlayTo(null);
      else simulationStore.getState().setQuarter(now + 1);
    }, PLAY_STEP_MS);
    return () => clearInterval(timer);
  }, [playTo]);

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(PRESENTER_CHANNEL);
    const post = () => {
      const message: ChannelMessage = { kind: 'snapshot', snapshot: readPresenterSnapshot(deps) };
      channel.postMessage(message);
    };
    // Snapshots are read only once a controls tab has said hello: a big org's edits stay cheap otherwise.
    let stop: (() => void) | null = null;
    channel.onmessage = (event: MessageEvent<unknown>) => {
      if (!isChannelMessage(event.data)) return;
      if (event.data.kind === 'hello') {
        post();
        stop ??= subscribeAll(deps, post);
      } else if (event.data.kind === 'command') runPresenterCommand(event.data.command, deps);
    };
    const ready: ChannelMessage = { kind: 'ready' };
    channel.postMessage(ready);
    return () => {
      stop?.();
      channel.close();
    };
  }, [deps]);
}
