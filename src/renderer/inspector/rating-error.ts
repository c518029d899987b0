import { DEFAULT_RATING_ERROR, MAX_RATING_ERROR } from '../../core/scenario/types';

/** How ratings are usually known, and how far off each leaves them (docs/SCENARIO-FORMAT.md, ratingError). */
export const RATING_ERROR_PRESETS = [
  { value: 0.5, label: 'From a 360 (±0.5)' },
  { value: DEFAULT_RATING_ERROR, label: 'Informed estimate (±1)' },
  { value: 2, label: 'A guess (±2)' },
] as const;

export const CUSTOM_RATING_ERROR = 'custom';

/** The choice a stored rating error shows as: a preset's value as text, or 'custom' for any other. */
export function ratingErrorChoice(stored: number | undefined): string {
  const value = stored ?? DEFAULT_RATING_ERROR;
  return RATING_ERROR_PRESETS.some((p) => p.value === value) ? String(value) : CUSTOM_RATING_ERROR;
}

/** A typed rating error as a number; NaN for blank or unreadable text (the edit then says why). */
export function readRatingError(text: string): number {
  const trimmed = text.trim().replace(',', '.');
  return trimmed === '' ? NaN : Number(trimmed);
}

export const RATING_ERROR_HELP = `How far each rating may be off, in points either way (0 to ${MAX_RATING_ERROR}); Monte Carlo runs draw within it.`;
