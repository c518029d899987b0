/**
 * The presenter view's keys, as a pure map from a key press to an action. A presentation clicker sends
 * Page Down / Page Up (some also B or "." to blank, F5 and Esc to start and stop a show), so those do
 * what they do in a slide show.
 */
export interface PresenterKeyPress {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

export type PresenterAction =
  | { type: 'quarter'; by: number }
  | { type: 'quarterTo'; to: 'first' | 'last' }
  | { type: 'reveal' }
  | { type: 'restartReveal' }
  | { type: 'blank' }
  | { type: 'controls' }
  | { type: 'exit' };

/** Enters (and, while presenting, leaves) the presenter view: F5 as in slide shows, or Ctrl/⌘+Shift+P. */
export function isPresenterToggle(press: PresenterKeyPress): boolean {
  if (press.key === 'F5') return !press.altKey && !press.ctrlKey && !press.metaKey;
  return (
    (press.ctrlKey === true || press.metaKey === true) &&
    press.shiftKey === true &&
    !press.altKey &&
    press.key.toLowerCase() === 'p'
  );
}

export function presenterKeyAction(press: PresenterKeyPress): PresenterAction | null {
  if (isPresenterToggle(press)) return { type: 'exit' };
  if (press.altKey || press.ctrlKey || press.metaKey) return null;
  switch (press.key) {
    case 'PageDown':
    case 'ArrowRight':
    case 'ArrowDown':
      return { type: 'quarter', by: 1 };
    case ' ':
      return { type: 'quarter', by: press.shiftKey ? -1 : 1 };
    case 'PageUp':
    case 'ArrowLeft':
    case 'ArrowUp':
      return { type: 'quarter', by: -1 };
    case 'Home':
      return { type: 'quarterTo', to: 'first' };
    case 'End':
      return { type: 'quarterTo', to: 'last' };
    case 'Escape':
      return { type: 'exit' };
    case 'b':
    case 'B':
    case '.':
      return { type: 'blank' };
    case 'n':
    case 'N':
      return { type: 'reveal' };
    case 'r':
    case 'R':
      return { type: 'restartReveal' };
    case 'c':
    case 'C':
      return { type: 'controls' };
    default:
      return null;
  }
}
