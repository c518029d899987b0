import { describe, expect, it } from 'vitest';
import { isPresenterToggle, presenterKeyAction } from '../../../src/renderer/presenter/presenter-keys';
import {
  clampRevealQuarter,
  defaultRevealQuarter,
  nextRevealStep,
  REVEAL_STEPS,
  revealQuarter,
} from '../../../src/renderer/presenter/reveal';

describe('presenter keys', () => {
  it('steps quarters with what a clicker sends, and the arrows and Space', () => {
    for (const key of ['PageDown', 'ArrowRight', 'ArrowDown', ' '])
      expect(presenterKeyAction({ key })).toEqual({ type: 'quarter', by: 1 });
    for (const key of ['PageUp', 'ArrowLeft', 'ArrowUp'])
      expect(presenterKeyAction({ key })).toEqual({ type: 'quarter', by: -1 });
    expect(presenterKeyAction({ key: ' ', shiftKey: true })).toEqual({ type: 'quarter', by: -1 });
  });

  it('blanks with B or ".", reveals with N, leaves with Esc or the key that entered', () => {
    expect(presenterKeyAction({ key: 'b' })).toEqual({ type: 'blank' });
    expect(presenterKeyAction({ key: '.' })).toEqual({ type: 'blank' });
    expect(presenterKeyAction({ key: 'n' })).toEqual({ type: 'reveal' });
    expect(presenterKeyAction({ key: 'Escape' })).toEqual({ type: 'exit' });
    expect(presenterKeyAction({ key: 'F5' })).toEqual({ type: 'exit' });
    // Undo and the like stay with the app.
    expect(presenterKeyAction({ key: 'z', ctrlKey: true })).toBeNull();
    expect(presenterKeyAction({ key: 'n', metaKey: true })).toBeNull();
  });

  it('enters with F5 or Ctrl/⌘+Shift+P, not with Ctrl+P (print) or Shift+F5', () => {
    expect(isPresenterToggle({ key: 'F5' })).toBe(true);
    expect(isPresenterToggle({ key: 'P', ctrlKey: true, shiftKey: true })).toBe(true);
    expect(isPresenterToggle({ key: 'p', metaKey: true, shiftKey: true })).toBe(true);
    expect(isPresenterToggle({ key: 'p', ctrlKey: true })).toBe(false);
    expect(isPresenterToggle({ key: 'F5', ctrlKey: true })).toBe(false);
  });
});

describe('the reveal', () => {
  it('goes design → play to a quarter → shock → play on, then ends', () => {
    const seen: (string | null)[] = [];
    let step = nextRevealStep(null);
    while (step !== null) {
      seen.push(step);
      step = nextRevealStep(step);
    }
    expect(seen).toEqual([...REVEAL_STEPS]);
  });

  it('stops inside the horizon, halfway by default', () => {
    expect(defaultRevealQuarter(12)).toBe(6);
    expect(clampRevealQuarter(0, 12)).toBe(1);
    expect(clampRevealQuarter(30, 12)).toBe(12);
    expect(clampRevealQuarter(3, 0)).toBe(1);
    expect(revealQuarter({ step: null, quarter: null, shock: 'crisis' }, 12)).toBe(6);
    expect(revealQuarter({ step: null, quarter: 9, shock: 'crisis' }, 8)).toBe(8);
  });
});
