#!/usr/bin/env node
/**
 * Writes the generated sample projects in resources/samples (the founder sample is written by hand and
 * left alone):
 *
 * - restructure-300.sample.json: HR planners. A manufacturer of about 300 roles as it is today, and two
 *   to-be designs: Sales and Marketing merged under one commercial director, and a flatter design with
 *   a management layer removed in Operations and in Engineering.
 * - workshop-divisions.sample.json: workshop facilitators. Four contrasting divisions, one per scenario,
 *   and a scale-up that is the groups' baseline in a 90-minute session (docs/WORKSHOP.md).
 *
 * Deterministic: a seeded generator, no clock, so rerunning it gives the same samples (a test checks).
 * Run `npx prettier --write resources/samples` afterwards: the committed files are prettier-formatted.
 *
 *   node scripts/samples/make-samples.mjs [--out <folder>]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const STRENGTHS = [
  'vision',
  'inspire',
  'innovate',
  'develop',
  'plan',
  'organize',
  'control',
  'direct',
  'trust',
];

/** mulberry32: small, seeded, the same sequence everywhere. */
function generator(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

const FIRST = [
  'Amara',
  'Ben',
  'Carmen',
  'Dmitri',
  'Elif',
  'Farid',
  'Grace',
  'Hiro',
  'Ines',
  'Jonas',
  'Kavya',
  'Liam',
  'Mei',
  'Nadia',
  'Oskar',
  'Priya',
  'Quentin',
  'Rosa',
  'Samir',
  'Tomasz',
  'Uma',
  'Viktor',
  'Wanjiru',
  'Xavier',
  'Yara',
  'Zoltan',
  'Aisha',
  'Bruno',
  'Chloé',
  'Daniel',
  'Erik',
  'Fatima',
  'Gustavo',
  'Hana',
  'Ivan',
  'Julia',
  'Kofi',
  'Lena',
  'Mateo',
  'Noor',
  'Olga',
  'Pedro',
  'Rahul',
  'Sofia',
  'Tariq',
  'Valentina',
];
const LAST = [
  'Adeyemi',
  'Berg',
  'Castillo',
  'Dubois',
  'Eriksen',
  'Fischer',
  'García',
  'Hansen',
  'Ibrahim',
  'Jensen',
  'Kowalski',
  'Lindqvist',
  'Moreau',
  'Nakamura',
  'Okafor',
  'Petrov',
  'Quinn',
  'Rossi',
  'Schmidt',
  'Tanaka',
  'Urban',
  'Varga',
  'Walsh',
  'Yilmaz',
  'Zhang',
  'Novak',
  'Haddad',
  'Kim',
  'Silva',
  'Müller',
  'Andersson',
  'Banerjee',
  'Costa',
  'Dlamini',
  'Evans',
  'Fontaine',
  'Gupta',
  'Horvat',
  'Iversen',
  'Jovanović',
];

/** Strength profiles by kind of work: [vision, inspire, innovate, develop, plan, organize, control, direct, trust]. */
const PROFILES = {
  executive: [7, 7, 6, 6, 7, 6, 6, 7, 7],
  finance: [4, 4, 3, 5, 8, 7, 8, 6, 6],
  operations: [4, 5, 4, 5, 7, 8, 8, 7, 6],
  engineering: [6, 5, 8, 6, 5, 5, 4, 4, 6],
  sales: [6, 8, 5, 5, 4, 4, 4, 7, 6],
  marketing: [7, 7, 7, 5, 5, 5, 4, 5, 6],
  people: [5, 6, 4, 8, 6, 6, 5, 5, 7],
  service: [4, 6, 4, 6, 6, 7, 7, 6, 6],
  it: [5, 4, 6, 5, 6, 7, 6, 5, 6],
  legal: [4, 4, 3, 4, 7, 6, 8, 5, 6],
  product: [8, 6, 8, 5, 5, 4, 3, 4, 6],
};

function strengthsFrom(profile, rng, spread = 1.5) {
  return Object.fromEntries(
    STRENGTHS.map((name, i) => {
      const value = profile[i] + (rng.next() * 2 - 1) * spread;
      return [name, Math.min(10, Math.max(0, Math.round(value * 2) / 2))];
    }),
  );
}

function fixedStrengths(leadership, management, trust) {
  return Object.fromEntries(
    STRENGTHS.map((name, i) => [name, name === 'trust' ? trust : i < 4 ? leadership : management]),
  );
}

/** A role in file form, keys in the order the app's serializer writes them. */
function roleObject({
  id,
  title,
  person,
  reportsTo,
  dottedTo = [],
  team,
  strengths,
  oneOnOnes = false,
  department,
  salary,
  icSalary,
}) {
  const out = { id, title, person, reportsTo, dottedTo, team, strengths, oneOnOnes };
  if (department !== undefined) out.department = department;
  if (salary !== undefined) out.salary = salary;
  if (icSalary !== undefined) out.icSalary = icSalary;
  return out;
}

function scenarioFile({ name, description, horizon, volatility, seed, roles, events }) {
  return {
    format: 'ballast.scenario',
    version: 1,
    name,
    description,
    horizon,
    environment: { volatility },
    seed,
    roles: roles.map(roleObject),
    events,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Restructure: a manufacturer of about 300 roles.

function buildAsIs() {
  const rng = generator(300);
  const roles = [];
  let number = 1000;
  const usedNames = new Set();
  const personName = () => {
    for (;;) {
      const name = `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
      if (!usedNames.has(name)) {
        usedNames.add(name);
        return name;
      }
    }
  };
  const add = (title, reportsTo, department, profile, team, extra = {}) => {
    number += rng.int(1, 7);
    const role = {
      id: `E${number}`,
      title,
      person: rng.chance(0.06) ? null : personName(),
      reportsTo,
      team,
      strengths: strengthsFrom(PROFILES[profile], rng),
      oneOnOnes: rng.chance(0.4),
      department,
      ...extra,
    };
    roles.push(role);
    return role.id;
  };
  const ics = (lo, hi) => rng.int(lo, hi);

  const ceo = add('Chief Executive Officer', null, 'Executive', 'executive', 1, { person: 'Helena Marsh' });

  // Finance
  const cfo = add('Chief Financial Officer', ceo, 'Finance', 'finance', 1);
  const controller = add('Group Controller', cfo, 'Finance', 'finance', 1);
  for (const area of ['Accounts Payable', 'Accounts Receivable', 'General Ledger'])
    add(`${area} Team Lead`, controller, 'Finance', 'finance', ics(3, 6));
  const fpa = add('FP&A Manager', cfo, 'Finance', 'finance', 1);
  for (const area of ['Operations', 'Commercial'])
    add(`Senior Analyst, ${area}`, fpa, 'Finance', 'finance', ics(1, 3));
  add('Treasury Manager', cfo, 'Finance', 'finance', 2);
  const procurement = add('Procurement Manager', cfo, 'Finance', 'finance', 1);
  for (const category of ['Raw Materials', 'Indirect Spend', 'Logistics Services'])
    add(`Category Buyer, ${category}`, procurement, 'Finance', 'finance', ics(1, 3));
  const financePartners = ['Operations', 'Engineering', 'Sales', 'Product'].map((area) =>
    add(`Finance Business Partner, ${area}`, cfo, 'Finance', 'finance', 0),
  );

  // Operations: two plants, four production areas each, three shifts each, two lines per shift.
  const coo = add('Chief Operating Officer', ceo, 'Operations', 'operations', 1);
  for (const plant of ['Leeds', 'Brno']) {
    const plantManager = add(`Plant Manager, ${plant}`, coo, 'Operations', 'operations', 2);
    for (const area of ['Casting', 'Machining', 'Assembly', 'Finishing']) {
      const production = add(
        `Production Manager, ${area} (${plant})`,
        plantManager,
        'Operations',
        'operations',
        0,
      );
      for (const shift of ['Early', 'Late', 'Night']) {
        const supervisor = add(
          `${shift} Shift Supervisor, ${area} (${plant})`,
          production,
          'Operations',
          'operations',
          0,
        );
        for (const line of [1, 2])
          add(
            `Line Team Lead ${line}, ${area} ${shift} (${plant})`,
            supervisor,
            'Operations',
            'operations',
            ics(8, 14),
          );
      }
    }
    const maintenance = add(`Maintenance Manager (${plant})`, plantManager, 'Operations', 'operations', 1);
    for (const trade of ['Mechanical', 'Electrical'])
      add(`${trade} Maintenance Lead (${plant})`, maintenance, 'Operations', 'operations', ics(4, 8));
  }
  const quality = add('Quality Manager', coo, 'Operations', 'operations', 1);
  for (const area of ['Incoming Inspection', 'In-Process Quality', 'Customer Quality'])
    add(`${area} Lead`, quality, 'Operations', 'operations', ics(2, 5));
  const logistics = add('Logistics Manager', coo, 'Operations', 'operations', 1);
  for (const area of ['Inbound', 'Warehouse', 'Outbound', 'Planning'])
    add(`${area} Logistics Lead`, logistics, 'Operations', 'operations', ics(3, 9));

  // Engineering: four directors, three groups each, three teams per group.
  const vpEng = add('VP Engineering', ceo, 'Engineering', 'engineering', 1);
  for (const discipline of ['Mechanical Design', 'Electronics', 'Embedded Software', 'Test & Validation']) {
    const director = add(`Director, ${discipline}`, vpEng, 'Engineering', 'engineering', 0);
    for (const group of ['A', 'B', 'C']) {
      const manager = add(`Group Manager, ${discipline} ${group}`, director, 'Engineering', 'engineering', 0);
      for (const team of [1, 2, 3])
        add(`Team Lead, ${discipline} ${group}${team}`, manager, 'Engineering', 'engineering', ics(3, 7));
    }
  }
  for (const area of ['Systems', 'Platform', 'Manufacturing'])
    add(`Principal Architect, ${area}`, vpEng, 'Engineering', 'engineering', 0);

  // Product
  const vpProduct = add('VP Product', ceo, 'Product', 'product', 1);
  for (const line of ['Pumps', 'Valves', 'Drives', 'Controls']) {
    const pm = add(`Product Line Manager, ${line}`, vpProduct, 'Product', 'product', 0);
    add(`Product Owner, ${line} Hardware`, pm, 'Product', 'product', ics(0, 2));
    add(`Product Owner, ${line} Software`, pm, 'Product', 'product', ics(0, 2));
  }

  // Sales: three regions, five areas each, two key-account leads per area.
  const vpSales = add('VP Sales', ceo, 'Sales', 'sales', 1);
  for (const region of ['North Europe', 'South Europe', 'Americas']) {
    const director = add(`Regional Sales Director, ${region}`, vpSales, 'Sales', 'sales', 1);
    for (let area = 1; area <= 5; area++) {
      const manager = add(`Area Sales Manager, ${region} ${area}`, director, 'Sales', 'sales', ics(1, 3));
      for (const segment of ['OEM', 'Distribution'])
        add(`Key Account Lead, ${segment} (${region} ${area})`, manager, 'Sales', 'sales', ics(1, 4));
    }
  }
  const salesOps = add('Sales Operations Manager', vpSales, 'Sales', 'sales', 1);
  add('Sales Analyst Lead', salesOps, 'Sales', 'sales', 2);
  add('CRM Administrator', salesOps, 'Sales', 'sales', 0);

  // Marketing
  const vpMarketing = add('VP Marketing', ceo, 'Marketing', 'marketing', 1);
  const marketingTeams = {
    'Brand Manager': ['Brand Designer', 'Copy Lead', 'Content Lead'],
    'Digital Marketing Manager': ['SEO Lead', 'Paid Media Lead', 'Marketing Automation Lead', 'Web Lead'],
    'Product Marketing Manager': [
      'Product Marketing Lead, Pumps & Valves',
      'Product Marketing Lead, Drives & Controls',
      'Pricing Analyst',
    ],
    'Events & Trade Shows Manager': [],
  };
  for (const [manager, leads] of Object.entries(marketingTeams)) {
    const id = add(manager, vpMarketing, 'Marketing', 'marketing', leads.length === 0 ? 3 : 0);
    for (const lead of leads) add(lead, id, 'Marketing', 'marketing', ics(0, 3));
  }

  // People
  const chro = add('Chief People Officer', ceo, 'People', 'people', 1);
  const hrbpLead = add('HR Business Partner Lead', chro, 'People', 'people', 0);
  const hrbps = ['Operations', 'Engineering', 'Commercial', 'Customer Service'].map((area) =>
    add(`HR Business Partner, ${area}`, hrbpLead, 'People', 'people', 0),
  );
  const talent = add('Talent Acquisition Manager', chro, 'People', 'people', 0);
  for (const area of ['Technical', 'Plant', 'Commercial'])
    add(`Recruiting Lead, ${area}`, talent, 'People', 'people', ics(1, 3));
  add('Payroll & Benefits Manager', chro, 'People', 'people', 3);
  add('Learning & Development Manager', chro, 'People', 'people', 2);

  // Customer service: four service centres.
  const cs = add('Director, Customer Service', ceo, 'Customer Service', 'service', 1);
  for (const centre of ['Leeds', 'Brno', 'Lyon', 'Chicago']) {
    const manager = add(`Service Centre Manager, ${centre}`, cs, 'Customer Service', 'service', 0);
    for (const queue of ['Orders', 'Technical Support', 'Returns', 'Field Service'])
      add(`Team Lead, ${queue} (${centre})`, manager, 'Customer Service', 'service', ics(5, 12));
  }
  add('Service Quality Coach', cs, 'Customer Service', 'service', 0);
  add('Service Quality Coach', cs, 'Customer Service', 'service', 0);

  // IT and Legal
  const cio = add('Chief Information Officer', ceo, 'IT', 'it', 1);
  const infra = add('Infrastructure Manager', cio, 'IT', 'it', 0);
  for (const area of ['Network', 'Workplace', 'Data Centre'])
    add(`${area} Lead`, infra, 'IT', 'it', ics(2, 4));
  const apps = add('Business Applications Manager', cio, 'IT', 'it', 0);
  for (const area of ['ERP', 'MES', 'CRM']) add(`${area} Lead`, apps, 'IT', 'it', ics(2, 5));
  add('Information Security Lead', cio, 'IT', 'it', 2);
  const counsel = add('General Counsel', ceo, 'Legal', 'legal', 1);
  add('Corporate Counsel', counsel, 'Legal', 'legal', 0);
  add('Commercial Counsel', counsel, 'Legal', 'legal', 1);

  // Matrix: business partners work with the leaders they serve.
  const dotted = (id, to) => (roles.find((r) => r.id === id).dottedTo = [to]);
  [coo, vpEng, vpSales, vpProduct].forEach((leader, i) => dotted(financePartners[i], leader));
  [coo, vpEng, vpSales, cs].forEach((leader, i) => dotted(hrbps[i], leader));

  return { roles, ids: { ceo, vpSales, vpMarketing } };
}

/** Removes roles; each one's reports, team and dotted lines move to `to(role)` (default: its manager). */
function removeRoles(roles, removed, to = (role) => role.reportsTo) {
  const byId = new Map(roles.map((r) => [r.id, { ...r, dottedTo: [...(r.dottedTo ?? [])] }]));
  for (const id of removed) {
    const role = byId.get(id);
    const heir = to(role);
    for (const other of byId.values()) {
      if (other.reportsTo === id) other.reportsTo = heir;
      other.dottedTo = [...new Set(other.dottedTo.map((d) => (d === id ? heir : d)))].filter(
        (d) => d !== other.reportsTo,
      );
    }
    byId.get(heir).team += role.team;
    byId.delete(id);
  }
  return [...byId.values()];
}

function restructureSample() {
  const { roles: asIs, ids } = buildAsIs();
  const market = [{ quarter: 3, type: 'marketShift', size: 0.25 }];
  const base = { horizon: 8, volatility: 0.3, seed: 2027, events: market };

  // To-be 1: one Chief Commercial Officer over Sales and Marketing (the VP Sales is promoted).
  const vpSales = asIs.find((r) => r.id === ids.vpSales);
  const cco = {
    ...vpSales,
    id: 'E9001',
    title: 'Chief Commercial Officer',
    department: 'Commercial',
    dottedTo: [],
    team: 0,
  };
  const merged = removeRoles(
    [...asIs.slice(0, asIs.indexOf(vpSales)), cco, ...asIs.slice(asIs.indexOf(vpSales))],
    [ids.vpSales, ids.vpMarketing],
    () => 'E9001',
  );

  // To-be 2: a flatter org. The shift-supervisor layer in Operations and the group-manager layer in
  // Engineering go; their teams report to the layer above.
  const layer = asIs.filter((r) => /Shift Supervisor|^Group Manager/.test(r.title)).map((r) => r.id);
  const flatter = removeRoles(asIs, layer);

  return {
    format: 'ballast.sample',
    id: 'restructure-300',
    name: 'Restructure of a 300-role manufacturer',
    audience: 'HR planners',
    description:
      'Northwind Components as it is today (300 roles, about 1,400 people, two plants) and two to-be designs: Sales and Marketing merged under one commercial director, and a flatter org without the shift-supervisor and group-manager layers. Which design holds its balance through a market shift?',
    scenarios: [
      scenarioFile({
        ...base,
        name: 'As-is',
        description:
          'Today: ten executives report to the CEO, and Operations runs six levels from the CEO down to a line team lead.',
        roles: asIs,
      }),
      scenarioFile({
        ...base,
        name: 'To-be: Commercial merged',
        description:
          'Sales and Marketing under one Chief Commercial Officer (the VP Sales, promoted); the VP Marketing role goes.',
        roles: merged,
      }),
      scenarioFile({
        ...base,
        name: 'To-be: flatter',
        description: `The ${layer.length} shift-supervisor and group-manager roles go; line and team leads report to the layer above, so spans grow.`,
        roles: flatter,
      }),
    ],
  };
}

// ---------------------------------------------------------------------------------------------------------
// Workshop: four contrasting divisions.

function division({ rng, prefix, department, layers, spans, leadership, management, trust, teams }) {
  const roles = [];
  let level = [];
  const titles = ['Division Head', 'Director', 'Manager', 'Supervisor'];
  for (let depth = 0; depth < layers; depth++) {
    const next = [];
    const parents = depth === 0 ? [null] : level;
    for (const parent of parents) {
      const count = depth === 0 ? 1 : spans[depth - 1];
      for (let i = 1; i <= count; i++) {
        const id = parent === null ? `${prefix}` : `${parent}.${i}`;
        const last = depth === layers - 1;
        roles.push({
          id,
          title:
            depth === 0
              ? titles[0]
              : `${titles[Math.min(depth, titles.length - 1)]} ${id.slice(prefix.length + 1)}`,
          person: `${rng.pick(FIRST)} ${rng.pick(LAST)}`,
          reportsTo: parent,
          team: last ? rng.int(teams[0], teams[1]) : rng.int(0, 2),
          strengths: fixedStrengths(leadership, management, trust),
          oneOnOnes: false,
          department,
        });
        next.push(id);
      }
    }
    level = next;
  }
  return roles;
}

function workshopSample() {
  const rng = generator(4);
  const visionary = [
    {
      id: 'v',
      title: 'Division Head',
      person: 'Ada Okonkwo',
      reportsTo: null,
      team: 0,
      strengths: fixedStrengths(9, 2, 7),
      department: 'Studio',
    },
    ...[
      'Design',
      'Research',
      'Prototyping',
      'Partnerships',
      'Content',
      'Community',
      'Platform',
      'Growth',
    ].map((area, i) => ({
      id: `v.${i + 1}`,
      title: `${area} Lead`,
      person: `${rng.pick(FIRST)} ${rng.pick(LAST)}`,
      reportsTo: 'v',
      team: rng.int(5, 9),
      strengths: fixedStrengths(8, 2.5, 6),
      department: 'Studio',
    })),
  ];
  const growth = visionary
    .filter((r) => r.reportsTo === 'v')
    .flatMap((r, i) => [
      { quarter: 2 + (i % 3), type: 'grow', roleId: r.id, team: r.team * 2 },
      { quarter: 6 + (i % 3), type: 'grow', roleId: r.id, team: r.team * 3 },
    ])
    .sort((a, b) => a.quarter - b.quarter);

  const shape = { layers: 4, spans: [3, 3, 2], teams: [6, 10] };
  const ruleBound = division({
    rng,
    prefix: 'rb',
    department: 'Claims Processing',
    ...shape,
    leadership: 3,
    management: 8,
    trust: 6,
  });
  const balanced = division({
    rng,
    prefix: 'bal',
    department: 'Industrial Products',
    ...shape,
    leadership: 7,
    management: 7,
    trust: 7,
  });
  const crisis = division({
    rng,
    prefix: 'cr',
    department: 'Retail Banking',
    ...shape,
    leadership: 6,
    management: 6,
    trust: 5,
  });
  const shift = [{ quarter: 2, type: 'marketShift', size: 0.35 }];
  const scaleUp = scaleUpBaseline(rng);

  return {
    format: 'ballast.sample',
    id: 'workshop-divisions',
    name: 'Workshop: four divisions',
    audience: 'Workshop facilitators',
    description:
      'Four contrasting divisions to simulate side by side in a workshop: a visionary leader with no managers, a rule-bound division hit by a market shift, a balanced one facing the same shift, and a division in crisis; and a scale-up as the baseline for groups to redesign (see the facilitator\u2019s guide in the Workshop menu).',
    scenarios: [
      scenarioFile({
        name: 'Visionary leader, no managers',
        description:
          'An inspiring head and eight leads, all leadership and little management, doubling and then tripling their teams.',
        horizon: 12,
        volatility: 0.4,
        seed: 1,
        roles: visionary,
        events: growth,
      }),
      scenarioFile({
        name: 'Rule-bound division, market shift',
        description:
          'Four layers strong on planning and control (management 8, leadership 3) when the market shifts in quarter 2.',
        horizon: 12,
        volatility: 0.3,
        seed: 2,
        roles: ruleBound,
        events: shift,
      }),
      scenarioFile({
        name: 'Balanced division, market shift',
        description: 'The same shape with leadership and management both 7, under the same market shift.',
        horizon: 12,
        volatility: 0.3,
        seed: 3,
        roles: balanced,
        events: shift,
      }),
      scenarioFile({
        name: 'Division in crisis',
        description:
          'A middling division (6 / 6, low trust) in a two-quarter crisis from quarter 2; its directors get coaching from quarter 4.',
        horizon: 12,
        volatility: 0.35,
        seed: 4,
        roles: crisis,
        events: [
          { quarter: 2, type: 'crisis', severity: 0.6, quarters: 2 },
          { quarter: 4, type: 'coaching', roleIds: ['cr.1', 'cr.2', 'cr.3'], quarters: 3 },
        ],
      }),
      scenarioFile({
        name: 'Baseline: scale-up',
        description:
          "The groups' starting point (Workshop → Make groups…): a scale-up that holds its balance for a year, then leans toward chaos as Engineering and Sales grow under leads with little management and the market shifts. Each group has the session to keep it in balance.",
        horizon: 12,
        volatility: 0.3,
        seed: 5,
        roles: scaleUp.roles,
        events: scaleUp.events,
      }),
    ],
  };
}

/**
 * The workshop's baseline: a founder-led scale-up of five leads. It holds for the first quarters, so the
 * room sees a healthy design first; then Engineering and Sales grow under leads strong on vision and weak
 * on management, and a market shift lands, so it leans toward chaos in the second year unless a group acts.
 */
function scaleUpBaseline(rng) {
  const person = () => `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
  // Salaries, so the board's annual cost shows what a group's extra managers or hires cost.
  const lead = (id, title, team, leadership, management, trust, icSalary) => ({
    id,
    title,
    person: person(),
    reportsTo: 'ceo',
    team,
    strengths: fixedStrengths(leadership, management, trust),
    department: title.replace(/ (Lead|Director)$/, ''),
    salary: 130000,
    icSalary,
  });
  const roles = [
    {
      id: 'ceo',
      title: 'Founder CEO',
      person: person(),
      reportsTo: null,
      team: 0,
      strengths: fixedStrengths(8, 4, 7),
      department: 'Leadership',
      salary: 180000,
    },
    lead('eng', 'Engineering Lead', 9, 8, 2.5, 6, 95000),
    lead('sales', 'Sales Lead', 7, 7, 3, 5, 70000),
    lead('product', 'Product Lead', 5, 7, 6, 7, 90000),
    lead('ops', 'Operations Lead', 6, 5, 7, 7, 60000),
    lead('people', 'People Lead', 3, 6, 6, 8, 65000),
  ];
  const events = [
    { quarter: 3, type: 'grow', roleId: 'eng', team: 16 },
    { quarter: 4, type: 'grow', roleId: 'sales', team: 14 },
    { quarter: 5, type: 'marketShift', size: 0.4 },
    { quarter: 6, type: 'grow', roleId: 'eng', team: 30 },
    { quarter: 7, type: 'grow', roleId: 'sales', team: 20 },
  ];
  return { roles, events };
}

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const here = dirname(fileURLToPath(import.meta.url));
const out = outIndex >= 0 ? resolve(args[outIndex + 1]) : join(here, '..', '..', 'resources', 'samples');
mkdirSync(out, { recursive: true });
for (const sample of [restructureSample(), workshopSample()]) {
  const file = join(out, `${sample.id}.sample.json`);
  writeFileSync(file, JSON.stringify(sample, null, 2) + '\n');
  const counts = sample.scenarios.map((s) => `${s.name}: ${s.roles.length} roles`).join('; ');
  console.log(`${file}: ${counts}`);
}
