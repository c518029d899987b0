import type { Strengths } from '../scenario/types';

export interface StrengthPreset {
  id: string;
  name: string;
  /** One line for the person choosing it. */
  description: string;
  strengths: Strengths;
}

/** Archetypes to start from; every figure is a starting point the user then adjusts. */
export const STRENGTH_PRESETS: readonly StrengthPreset[] = [
  {
    id: 'visionary',
    name: 'Visionary',
    description: 'Sets direction and inspires; little appetite for plans and process.',
    strengths: {
      vision: 9,
      inspire: 8,
      innovate: 8,
      develop: 5,
      plan: 3,
      organize: 3,
      control: 2,
      direct: 4,
      trust: 6,
    },
  },
  {
    id: 'operator',
    name: 'Operator',
    description: 'Plans, organizes and runs the machine; steady rather than inspiring.',
    strengths: {
      vision: 4,
      inspire: 5,
      innovate: 4,
      develop: 6,
      plan: 8,
      organize: 8,
      control: 7,
      direct: 8,
      trust: 7,
    },
  },
  {
    id: 'balanced',
    name: 'Balanced leader',
    description: 'Strong on both: sets direction and makes it happen.',
    strengths: {
      vision: 8,
      inspire: 8,
      innovate: 7,
      develop: 8,
      plan: 8,
      organize: 8,
      control: 6,
      direct: 8,
      trust: 8,
    },
  },
  {
    id: 'rule-keeper',
    name: 'Rule-keeper',
    description: 'Control and procedure first; resists change.',
    strengths: {
      vision: 3,
      inspire: 3,
      innovate: 2,
      develop: 4,
      plan: 8,
      organize: 7,
      control: 9,
      direct: 7,
      trust: 4,
    },
  },
  {
    id: 'absentee',
    name: 'Absentee',
    description: 'Neither leads nor manages; the team is left to itself.',
    strengths: {
      vision: 2,
      inspire: 2,
      innovate: 2,
      develop: 2,
      plan: 2,
      organize: 2,
      control: 2,
      direct: 2,
      trust: 4,
    },
  },
];
