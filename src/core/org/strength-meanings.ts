import type { StrengthName } from '../scenario/types';

export interface StrengthMeaning {
  label: string;
  /** One line: what a high score means in practice. */
  meaning: string;
}

/** Kotter's two systems, in a phrase each, as the inspector and the docs show them. */
export const STRENGTH_MEANINGS: Record<StrengthName, StrengthMeaning> = {
  vision: { label: 'Vision', meaning: 'Sets a direction people can repeat in their own words.' },
  inspire: { label: 'Inspire', meaning: 'Energises people and aligns them behind that direction.' },
  innovate: { label: 'Innovate', meaning: 'Challenges the status quo and tries new ways.' },
  develop: { label: 'Develop', meaning: 'Grows people through coaching, feedback and stretch.' },
  plan: { label: 'Plan', meaning: 'Sets goals, budgets and timetables.' },
  organize: { label: 'Organize', meaning: 'Staffs, structures and delegates the work.' },
  control: { label: 'Control', meaning: 'Monitors results and corrects deviations.' },
  direct: { label: 'Direct', meaning: 'Gives clear day-to-day instructions.' },
  trust: { label: 'Trust', meaning: 'Is trusted by the team, and trusts it in return.' },
};
