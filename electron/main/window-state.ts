import { readFileSync, renameSync, writeFileSync } from 'node:fs';

/**
 * Remembers the window's size and position in a small JSON file in userData. The pure part decides
 * where to put the window: a saved position is used only if enough of the window would land on a
 * display that is connected now (a monitor may have been unplugged since).
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowBounds {
  /** Absent: let Electron centre the window. */
  x?: number;
  y?: number;
  width: number;
  height: number;
}

export interface SavedWindowState extends Rect {
  maximized: boolean;
}

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const;
const MIN_SIZE = { width: 800, height: 560 } as const;
/** How much of the window must overlap a display's work area to count as visible (its title bar, say). */
const MIN_VISIBLE = { width: 120, height: 40 } as const;

const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Reads a saved state; anything malformed is ignored (null), never thrown. */
export function parseWindowState(text: string): SavedWindowState | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const { x, y, width, height, maximized } = data as Record<string, unknown>;
  if (!finite(x) || !finite(y) || !finite(width) || !finite(height) || width <= 0 || height <= 0) return null;
  return { x, y, width, height, maximized: maximized === true };
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

function clampSize(width: number, height: number, area: Rect): { width: number; height: number } {
  return {
    width: Math.round(Math.min(Math.max(width, MIN_SIZE.width), area.width)),
    height: Math.round(Math.min(Math.max(height, MIN_SIZE.height), area.height)),
  };
}

/**
 * Where to open the window, given what was saved and the work areas of the displays connected now
 * (the first being the primary display).
 */
export function restoreWindowState(
  saved: SavedWindowState | null,
  workAreas: readonly Rect[],
): { bounds: WindowBounds; maximized: boolean } {
  const primary = workAreas[0];
  if (!saved || !primary) {
    const size = primary
      ? clampSize(DEFAULT_WINDOW_SIZE.width, DEFAULT_WINDOW_SIZE.height, primary)
      : { ...DEFAULT_WINDOW_SIZE };
    return { bounds: size, maximized: false };
  }
  // The display showing the largest part of the window; its top edge (the title bar) must be visible.
  const titleBar: Rect = { x: saved.x, y: saved.y, width: saved.width, height: MIN_VISIBLE.height };
  let best: Rect | null = null;
  let bestArea = 0;
  for (const area of workAreas) {
    const shared = overlap(titleBar, area);
    if (shared.width >= MIN_VISIBLE.width && shared.height >= MIN_VISIBLE.height) {
      const whole = overlap(saved, area);
      const size = whole.width * whole.height;
      if (size > bestArea || best === null) {
        best = area;
        bestArea = size;
      }
    }
  }
  if (!best) {
    // Off every display now: keep the size, centre on the primary display.
    return { bounds: clampSize(saved.width, saved.height, primary), maximized: saved.maximized };
  }
  const size = clampSize(saved.width, saved.height, best);
  // Pull the window fully inside the display it is on.
  const x = Math.round(Math.min(Math.max(saved.x, best.x), best.x + best.width - size.width));
  const y = Math.round(Math.min(Math.max(saved.y, best.y), best.y + best.height - size.height));
  return { bounds: { x, y, ...size }, maximized: saved.maximized };
}

export function loadWindowState(filePath: string): SavedWindowState | null {
  try {
    return parseWindowState(readFileSync(filePath, 'utf8'));
  } catch {
    return null; // first launch, or unreadable: use the defaults
  }
}

export function saveWindowState(filePath: string, state: SavedWindowState): void {
  try {
    // Write then rename, so a crash mid-write never leaves half a file.
    const temporary = `${filePath}.tmp`;
    writeFileSync(temporary, JSON.stringify(state));
    renameSync(temporary, filePath);
  } catch (error) {
    console.warn('[ballast] could not save the window position:', error);
  }
}

/** The part of BrowserWindow that tracking reads. */
export interface TrackedWindow {
  on(event: 'resize' | 'move' | 'close', listener: () => void): unknown;
  getNormalBounds(): Rect;
  isMaximized(): boolean;
}

/** Saves the window's normal (un-maximized) bounds shortly after each change and when it closes. */
export function trackWindowState(window: TrackedWindow, filePath: string, delayMs = 500): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    clearTimeout(timer);
    saveWindowState(filePath, { ...window.getNormalBounds(), maximized: window.isMaximized() });
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(save, delayMs);
  };
  window.on('resize', later);
  window.on('move', later);
  window.on('close', save);
}
