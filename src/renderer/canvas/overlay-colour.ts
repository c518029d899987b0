import { leadershipScore, managementScore } from '../../core/org/strength-summary';
import type { Role } from '../../core/scenario/types';
import type { Overlay } from '../editor/editor-store';

export interface OverlayTint {
  /** A CSS colour for the card's background. */
  colour: string;
  /** The figure shown in the card's label, e.g. "leadership 7.5". */
  label: string;
}

const mix = (variable: string, share: number) =>
  `color-mix(in srgb, var(${variable}) ${Math.round(Math.max(0, Math.min(1, share)) * 60)}%, var(--color-surface))`;

/** How a card is tinted under each overlay: stronger colour, higher value; balance leans two ways. */
export function overlayTint(
  overlay: Overlay,
  role: Pick<Role, 'strengths' | 'department'>,
): OverlayTint | null {
  const strengths = role.strengths;
  switch (overlay) {
    case 'none':
      return null;
    case 'leadership': {
      const value = leadershipScore(strengths);
      return { colour: mix('--color-leadership', value / 10), label: `leadership ${value.toFixed(1)}` };
    }
    case 'management': {
      const value = managementScore(strengths);
      return { colour: mix('--color-management', value / 10), label: `management ${value.toFixed(1)}` };
    }
    case 'trust':
      return {
        colour: mix('--color-trust', strengths.trust / 10),
        label: `trust ${strengths.trust.toFixed(1)}`,
      };
    case 'department':
      return role.department
        ? { colour: departmentColour(role.department), label: role.department }
        : { colour: 'var(--color-surface)', label: 'no department' };
    case 'balance': {
      const lean = leadershipScore(strengths) - managementScore(strengths);
      const variable = lean >= 0 ? '--color-leadership' : '--color-management';
      const sign = lean > 0 ? '+' : '';
      return { colour: mix(variable, Math.abs(lean) / 5), label: `balance ${sign}${lean.toFixed(1)}` };
    }
  }
}

/**
 * A stable, distinct colour per department name: the name picks a hue on the colour wheel (golden-angle
 * steps keep neighbours apart), softened so text stays readable in both themes.
 */
export function departmentColour(department: string): string {
  let hash = 0;
  for (const ch of department) hash = (Math.imul(hash, 31) + ch.charCodeAt(0)) >>> 0;
  const hue = Math.round((hash % 360) * 137.508) % 360;
  return `color-mix(in srgb, hsl(${hue} 65% 55%) 35%, var(--color-surface))`;
}
