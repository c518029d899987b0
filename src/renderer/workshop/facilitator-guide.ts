/**
 * The facilitator's guide to a 90-minute session, as data: the in-app guide renders it and
 * docs/WORKSHOP.md says the same. Keys are the presenter view's (presenter/presenter-keys.ts).
 */
export interface GuideStep {
  /** Minutes from the start, e.g. "0–10"; "before" for the setup. */
  when: string;
  title: string;
  what: string[];
}

export const GUIDE_STEPS: readonly GuideStep[] = [
  {
    when: 'Before',
    title: 'Set up',
    what: [
      'Open the sample "Workshop: four divisions" from the start screen; it is copied into your data folder, so the original stays as it is.',
      'Open the last tab, "Baseline: scale-up": it holds its balance for a year, then leans toward chaos. It is the groups\u2019 starting point; the other four divisions are for the opening discussion.',
      'Connect the projector and press F5 (or Ctrl+Shift+P) to check the presenter view is readable at the back of the room.',
    ],
  },
  {
    when: '0–10',
    title: 'Show the baseline',
    what: [
      'In the presenter view, N steps through the reveal: the design, then played to a quarter, then an event, then played on. R starts the reveal again.',
      'Page Down / Page Up (or a clicker, or the arrow keys) step one quarter; Home and End jump to the first and last quarter; B blanks the screen; C shows the controls; Esc leaves.',
      'Ask the room what they expect before each step; the headline and the outcome strip give the answer.',
    ],
  },
  {
    when: '10–15',
    title: 'Make groups',
    what: [
      'With the baseline on screen, choose Workshop → Make groups…: four or five groups of four or five people work well.',
      'Each group gets its own copy of the baseline, as tabs after it, in order. Rename a group by its tab menu if the room picks names.',
    ],
  },
  {
    when: '15–20',
    title: 'Start the room session',
    what: [
      'Choose Room session… in the project header, pick the room\u2019s network and start it. Each group gets a short join code and a QR code.',
      'Participants open the address in their own browser, enter their group\u2019s code, and can change only their group\u2019s copy. Nothing is reachable before you start or after you end the session.',
    ],
  },
  {
    when: '20–45',
    title: 'Round 1: redesign',
    what: [
      'Groups change strengths, spans and reporting lines, and add events (hires, coaching, one-on-ones) to keep their division in balance.',
      'Open Workshop → Groups board to follow every group against the baseline; it updates within a couple of seconds of each save.',
    ],
  },
  {
    when: '45–55',
    title: 'Live shocks',
    what: [
      'On the stage, apply a shock from the palette (a crisis, the departure of the selected role, a market shift, a hire, coaching) at the current quarter, and show its before/after.',
      'Ask each group to add the same shock to its copy and see whether its design holds.',
    ],
  },
  {
    when: '55–75',
    title: 'Round 2: adapt',
    what: [
      'Groups respond to the shock. On the board, rank by health, chaos or a share of runs, and ask the leading and trailing groups what they changed.',
    ],
  },
  {
    when: '75–90',
    title: 'Debrief',
    what: [
      'From the board choose Debrief…: each group\u2019s design changes and events, its outcome against the baseline, and the main driver behind it. Print it, or save it as a PDF for the participants.',
      'Export board CSV keeps the figures. End the room session: every participant\u2019s connection closes.',
    ],
  },
];
