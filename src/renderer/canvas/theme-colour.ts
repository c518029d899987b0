const cache = new Map<string, string>();

/**
 * A colour token's value in the current theme, for drawing on a canvas. Read once per theme and token:
 * reading computed style right after a big chart's commit forced a style recalculation of the whole
 * chart (4 s of a 5,000-role "Expand all" in the profiler).
 */
export function themeColour(token: string, fallback: string): string {
  const root = document.documentElement;
  const key = `${root.dataset.theme ?? ''} ${token}`;
  let value = cache.get(key);
  if (value === undefined) {
    value = getComputedStyle(root).getPropertyValue(token).trim() || fallback;
    cache.set(key, value);
  }
  return value;
}

/** The colours the overview map and the sketch draw with, all read together (the first time at opening). */
export function canvasColours(): { card: string; border: string; line: string } {
  return {
    card: themeColour('--color-surface', '#ffffff'),
    border: themeColour('--color-border-strong', '#b9c0c9'),
    line: themeColour('--color-edge', '#a3acb8'),
  };
}
