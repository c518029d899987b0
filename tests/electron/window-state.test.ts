import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  DEFAULT_WINDOW_SIZE,
  loadWindowState,
  parseWindowState,
  restoreWindowState,
  trackWindowState,
  type Rect,
} from '../../electron/main/window-state';

const laptop: Rect = { x: 0, y: 25, width: 1440, height: 875 };
const rightMonitor: Rect = { x: 1440, y: 0, width: 2560, height: 1440 };

describe('parseWindowState', () => {
  it('reads a saved state', () => {
    expect(parseWindowState('{"x":10,"y":20,"width":1000,"height":700,"maximized":true}')).toEqual({
      x: 10,
      y: 20,
      width: 1000,
      height: 700,
      maximized: true,
    });
  });

  it.each([
    '',
    'not json',
    'null',
    '[]',
    '{"x":1,"y":2,"width":0,"height":5}',
    '{"x":"1","y":2,"width":9,"height":9}',
    '{"x":1e999,"y":0,"width":9,"height":9}',
  ])('ignores malformed input %j', (text) => {
    expect(parseWindowState(text)).toBeNull();
  });
});

describe('restoreWindowState', () => {
  it('uses a default size (Electron centres it) on first launch', () => {
    expect(restoreWindowState(null, [laptop])).toEqual({
      bounds: { ...DEFAULT_WINDOW_SIZE },
      maximized: false,
    });
  });

  it('shrinks the default size to a small screen', () => {
    const small: Rect = { x: 0, y: 0, width: 1024, height: 700 };
    expect(restoreWindowState(null, [small]).bounds).toEqual({ width: 1024, height: 700 });
  });

  it('restores a window that is on a connected display exactly', () => {
    const saved = { x: 100, y: 80, width: 1100, height: 700, maximized: false };
    expect(restoreWindowState(saved, [laptop, rightMonitor])).toEqual({
      bounds: { x: 100, y: 80, width: 1100, height: 700 },
      maximized: false,
    });
  });

  it('restores onto a second monitor when it is still connected', () => {
    const saved = { x: 2000, y: 200, width: 1600, height: 1000, maximized: true };
    expect(restoreWindowState(saved, [laptop, rightMonitor]).bounds).toEqual({
      x: 2000,
      y: 200,
      width: 1600,
      height: 1000,
    });
  });

  it('re-centres (no x/y) a window whose monitor has been unplugged, keeping a size that fits', () => {
    const saved = { x: 2000, y: 200, width: 1600, height: 1000, maximized: true };
    expect(restoreWindowState(saved, [laptop])).toEqual({
      bounds: { width: 1440, height: 875 },
      maximized: true,
    });
  });

  it('treats a window whose title bar is off screen as not visible', () => {
    const saved = { x: 100, y: -600, width: 1000, height: 700, maximized: false };
    expect(restoreWindowState(saved, [laptop]).bounds).toEqual({ width: 1000, height: 700 });
  });

  it('pulls a window hanging off the edge back inside its display and clamps its size', () => {
    const saved = { x: 1000, y: 500, width: 3000, height: 300, maximized: false };
    const { bounds } = restoreWindowState(saved, [laptop]);
    // Height grows to the 560 minimum, so the window moves up to stay inside the work area.
    expect(bounds).toEqual({ x: 0, y: 340, width: 1440, height: 560 });
    expect(bounds.x! + bounds.width).toBeLessThanOrEqual(laptop.x + laptop.width);
    expect(bounds.y! + bounds.height).toBeLessThanOrEqual(laptop.y + laptop.height);
  });

  it('never goes below the minimum size', () => {
    const saved = { x: 10, y: 40, width: 100, height: 50, maximized: false };
    expect(restoreWindowState(saved, [laptop]).bounds).toMatchObject({ width: 800, height: 560 });
  });
});

describe('window state file', () => {
  let dir: string | undefined;
  afterEach(() => {
    vi.useRealTimers();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('saves normal bounds after moves (debounced) and on close, and reads them back', () => {
    vi.useFakeTimers();
    dir = mkdtempSync(path.join(tmpdir(), 'ballast-window-'));
    const file = path.join(dir, 'window-state.json');
    const listeners: Record<string, () => void> = {};
    let bounds = { x: 1, y: 2, width: 900, height: 600 };
    const window = {
      on: (event: 'resize' | 'move' | 'close', listener: () => void) => (listeners[event] = listener),
      getNormalBounds: () => bounds,
      isMaximized: () => false,
    };
    trackWindowState(window, file, 500);
    listeners.move();
    expect(loadWindowState(file)).toBeNull();
    vi.advanceTimersByTime(500);
    expect(loadWindowState(file)).toEqual({ ...bounds, maximized: false });
    bounds = { x: 5, y: 6, width: 1000, height: 700 };
    listeners.close();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ ...bounds, maximized: false });
  });

  it('ignores a missing or damaged file', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'ballast-window-'));
    expect(loadWindowState(path.join(dir, 'missing.json'))).toBeNull();
    writeFileSync(path.join(dir, 'bad.json'), '{"x":');
    expect(loadWindowState(path.join(dir, 'bad.json'))).toBeNull();
  });
});
