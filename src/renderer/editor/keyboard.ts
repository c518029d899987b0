/** The subset of a KeyboardEvent that decides a shortcut, so the mapping is testable without a DOM. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  /** The physical key ("KeyD"): with Alt, macOS's `key` is a special character ("∂"), so letters use it. */
  code?: string;
}

/** Alt+Shift+letter: select every role like the selected ones. */
const SELECT_LIKE: Record<string, string> = {
  KeyD: 'select-department',
  KeyL: 'select-layer',
  KeyT: 'select-title',
};

export type KeyAction =
  | { type: 'command'; id: string }
  | { type: 'select'; direction: 'up' | 'down' | 'left' | 'right' }
  | { type: 'clear-selection' };

/**
 * Maps a key press on the canvas to an action. "Mod" is Cmd on macOS and Ctrl elsewhere; both are
 * accepted so the same keys work in browser mode on any system.
 */
export function keyAction(press: KeyPress): KeyAction | null {
  const mod = press.ctrlKey || press.metaKey;
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  if (mod && !press.altKey) {
    if (key === 'z') return { type: 'command', id: press.shiftKey ? 'redo' : 'undo' };
    if (key === 'y') return { type: 'command', id: 'redo' };
    if (key === 'd') return { type: 'command', id: 'duplicate' };
    if (key === 'c') return { type: 'command', id: 'copy' };
    if (key === 'v') return { type: 'command', id: 'paste' };
    if (key === 'f') return { type: 'command', id: 'find' };
    return null;
  }
  if (press.altKey && !press.metaKey && !press.ctrlKey) {
    if (key === 'Enter') return { type: 'command', id: 'select-find' };
    const code = press.code ?? (key.length === 1 ? `Key${key.toUpperCase()}` : '');
    const id = press.shiftKey ? SELECT_LIKE[code] : undefined;
    return id ? { type: 'command', id } : null;
  }
  if (press.altKey || press.metaKey || press.ctrlKey) return null;
  switch (key) {
    case 'Tab':
      return press.shiftKey ? null : { type: 'command', id: 'add-report' };
    case 'Enter':
      return { type: 'command', id: 'add-peer' };
    case 'Delete':
    case 'Backspace':
      return { type: 'command', id: press.shiftKey ? 'remove-roles' : 'delete' };
    case 'm':
      return { type: 'command', id: 'move-to' };
    case 'F2':
      return { type: 'command', id: 'rename' };
    case 'ArrowUp':
      return { type: 'select', direction: 'up' };
    case 'ArrowDown':
      return { type: 'select', direction: 'down' };
    case 'ArrowLeft':
      return { type: 'select', direction: 'left' };
    case 'ArrowRight':
      return { type: 'select', direction: 'right' };
    case 'Escape':
      return { type: 'clear-selection' };
    default:
      return null;
  }
}

/** Walks the chart by keyboard: up to the manager, down to the first shown report, sideways to peers. */
export function neighbour(
  roles: readonly { id: string; reportsTo: string | null }[],
  collapsed: ReadonlySet<string>,
  from: string,
  direction: 'up' | 'down' | 'left' | 'right',
): string | null {
  const role = roles.find((r) => r.id === from);
  if (!role) return null;
  if (direction === 'up') return role.reportsTo;
  if (direction === 'down') {
    if (collapsed.has(from)) return null;
    return roles.find((r) => r.reportsTo === from)?.id ?? null;
  }
  const peers = roles.filter((r) => r.reportsTo === role.reportsTo && role.reportsTo !== null);
  const index = peers.findIndex((r) => r.id === from);
  const next = peers[index + (direction === 'right' ? 1 : -1)];
  return next?.id ?? null;
}
