import { Pause, Play } from 'lucide-react';
import { useEffect } from 'react';
import { keyIsForPage } from '../editor/use-editor-keyboard';
import { simulationStore, useSimulation } from '../simulation/simulation-store';
import { Button } from '../ui/Button';
import styles from './ResultsDock.module.css';

export const PLAY_STEP_MS = 800;

/**
 * A slider over the quarters (arrow keys, Home, End) and play/pause, which steps one quarter at a time.
 * Page Down and Page Up step a quarter from anywhere outside a text field or dialog: what a presentation
 * clicker sends, so a facilitator can walk a room through the quarters.
 */
export function QuarterScrubber({ last }: { last: number }) {
  const quarter = useSimulation((s) => s.quarter);
  const playing = useSimulation((s) => s.playing);
  const setQuarter = useSimulation((s) => s.setQuarter);
  const setPlaying = useSimulation((s) => s.setPlaying);

  useEffect(() => {
    if (!playing) return;
    // One timer for the whole play, reading the quarter at each tick.
    const timer = setInterval(() => {
      const now = simulationStore.getState().quarter;
      if (now >= last) setPlaying(false);
      else setQuarter(now + 1);
    }, PLAY_STEP_MS);
    return () => clearInterval(timer);
  }, [playing, last, setQuarter, setPlaying]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'PageDown' && event.key !== 'PageUp') return;
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      // Fields keep their own Page keys (the slider steps by itself); so do dialogs.
      if (!keyIsForPage(event)) return;
      event.preventDefault();
      // Read at the key press, so the listener is added once, not again at every quarter.
      const now = simulationStore.getState().quarter;
      setPlaying(false);
      setQuarter(now + (event.key === 'PageDown' ? 1 : -1));
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [setQuarter, setPlaying]);

  return (
    <div className={styles.scrubber}>
      <Button
        variant="ghost"
        size="small"
        iconOnly
        aria-label={playing ? 'Pause' : 'Play the quarters'}
        onClick={() => {
          if (!playing && quarter >= last) setQuarter(0);
          setPlaying(!playing);
        }}
      >
        {playing ? <Pause size={14} aria-hidden /> : <Play size={14} aria-hidden />}
      </Button>
      <input
        type="range"
        className={styles.slider}
        min={0}
        max={last}
        step={1}
        value={quarter}
        aria-label="Quarter"
        aria-valuetext={`Q${quarter} of ${last}`}
        onChange={(event) => {
          setPlaying(false);
          setQuarter(Number(event.target.value));
        }}
      />
      <output className={styles.quarterLabel} aria-live="polite">
        Q{quarter}
      </output>
    </div>
  );
}
