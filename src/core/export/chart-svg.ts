import { DEFAULT_LAYOUT, layoutOrg } from '../org/layout';
import { leadershipScore, managementScore } from '../org/strength-summary';
import { isVacant, type Role } from '../scenario/types';
import { readVerdict, verdictShort, type OutcomeName, type VerdictName } from '../verdict-text';

export interface ChartSvgOptions {
  /** Roles whose teams are hidden, as on the canvas; their cards say how many. */
  collapsed?: ReadonlySet<string>;
  /** Printed above the chart. */
  title?: string;
  /** Leaf reports stacked under their manager, as the canvas's compact layout draws them. */
  compact?: boolean;
  /**
   * A simulated quarter's verdict per role, drawn as on the canvas's heat: the outcome's colour on the
   * card's left edge (solid when confirmed, dashed at risk, dotted borderline) and the verdict with the
   * figure behind it under the title; a team too small to judge gets no colour, only those words.
   */
  outcomes?: ReadonlyMap<string, CardOutcome>;
  /**
   * Which team sizes the roles carry: a simulated quarter's (null: the design's). Given, each card says
   * so, "Team 50 (Q8)"; left out (a plain chart export), it shows the number alone.
   */
  teamQuarter?: number | null;
}

export interface CardOutcome {
  outcome: OutcomeName;
  confirmed: boolean;
  /** Model v2's verdict; without it, confirmed or at risk as `confirmed` says. */
  verdict?: VerdictName;
  /** Borderline: the outcome across the boundary; at risk: the trouble the symptoms show. */
  risk?: OutcomeName | null;
  /** e.g. "chaos 48.1"; unused when too small to judge. */
  figure: string;
}

/** The light theme's outcome colours (theme/tokens.css), as plain values for a standalone file. */
const OUTCOME_COLOURS: Record<CardOutcome['outcome'], string> = {
  balance: '#2f7d5b',
  chaos: '#c2410c',
  bureaucracy: '#5b4bb7',
  stagnation: '#7c6f58',
};

const PAD = 24;
const HEADER = 36;
const COLOURS = {
  background: '#ffffff',
  card: '#ffffff',
  vacant: '#f1f3f6',
  border: '#c9cfd8',
  text: '#1a1f25',
  muted: '#5a6572',
  edge: '#a3acb8',
  dotted: '#2f5b86',
  leadership: '#c2680a',
  management: '#2f6fb3',
};

/**
 * The org chart as a standalone SVG document, laid out exactly as on the canvas (the same tidy tree),
 * with plain colours so it prints and imports anywhere. Pure: no DOM.
 */
export function chartSvg(roles: readonly Role[], options: ChartSvgOptions = {}): string {
  const layout = { ...DEFAULT_LAYOUT, collapsed: options.collapsed, compact: options.compact };
  const { placed, width, height } = layoutOrg(roles, layout);
  const byId = new Map(roles.map((r) => [r.id, r]));
  const at = new Map(placed.map((p) => [p.id, p]));
  const top = PAD + (options.title ? HEADER : 0);
  const w = layout.nodeWidth;
  const h = layout.nodeHeight;
  const parts: string[] = [];

  for (const p of placed) {
    const role = byId.get(p.id)!;
    const parent = role.reportsTo === null ? undefined : at.get(role.reportsTo);
    if (parent) {
      const x1 = PAD + parent.x + w / 2;
      const y1 = top + parent.y + h;
      const x2 = PAD + p.x + w / 2;
      const y2 = top + p.y;
      const mid = y1 + layout.gapY / 2;
      // A stacked card's line runs down the stack's connector into the card's side, as on the canvas;
      // straight to its top it would cross the cards stacked above it.
      const d =
        p.trunkX === undefined
          ? `M${x1} ${y1}V${mid}H${x2}V${y2}`
          : `M${x1} ${y1}V${mid}H${PAD + p.trunkX}V${y2 + h / 2}H${PAD + p.trunkX < x2 ? PAD + p.x : PAD + p.x + w}`;
      parts.push(`<path d="${d}" fill="none" stroke="${COLOURS.edge}" stroke-width="1.5"/>`);
    }
    for (const managerId of role.dottedTo ?? []) {
      const manager = at.get(managerId);
      if (!manager) continue;
      parts.push(
        `<line x1="${PAD + manager.x + w / 2}" y1="${top + manager.y + h}" x2="${PAD + p.x + w / 2}" y2="${top + p.y}" stroke="${COLOURS.dotted}" stroke-width="1.5" stroke-dasharray="5 4"/>`,
      );
    }
  }
  for (const p of placed) {
    const role = byId.get(p.id)!;
    parts.push(
      card(
        role,
        PAD + p.x,
        top + p.y,
        w,
        h,
        p.hiddenCount,
        options.outcomes?.get(role.id),
        options.teamQuarter,
      ),
    );
  }

  const totalWidth = Math.max(width, 320) + 2 * PAD;
  const totalHeight = height + top + PAD;
  const heading = options.title
    ? `<text x="${PAD}" y="${PAD + 18}" font-size="18" font-weight="600" fill="${COLOURS.text}">${escapeXml(options.title)}</text>`
    : '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${totalWidth}" height="${totalHeight}" viewBox="0 0 ${totalWidth} ${totalHeight}" font-family="Inter, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif">`,
    `<rect width="100%" height="100%" fill="${COLOURS.background}"/>`,
    heading,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}

function card(
  role: Role,
  x: number,
  y: number,
  w: number,
  h: number,
  hidden: number,
  verdict: CardOutcome | undefined,
  teamQuarter: number | null | undefined,
): string {
  const vacant = isVacant(role);
  const l = leadershipScore(role.strengths);
  const m = managementScore(role.strengths);
  const bar = (row: number, value: number, colour: string, label: string) =>
    `<text x="${x + w - 70}" y="${y + h - 16 + row * 11}" font-size="9" fill="${COLOURS.muted}">${label}</text>` +
    `<rect x="${x + w - 60}" y="${y + h - 22 + row * 11}" width="48" height="4" rx="2" fill="#eceef1"/>` +
    `<rect x="${x + w - 60}" y="${y + h - 22 + row * 11}" width="${(48 * value) / 10}" height="4" rx="2" fill="${colour}"/>`;
  const when = teamQuarter === undefined ? '' : teamQuarter === null ? ' (design)' : ` (Q${teamQuarter})`;
  const team = `Team ${role.team}${when}${hidden > 0 ? ` · ${hidden} hidden` : ''}`;
  const verdictText = verdict ? `, ${outcomeWords(verdict, ', ')}` : '';
  return [
    `<g><title>${escapeXml(`${role.title}, ${vacant ? 'vacant' : role.person}${verdictText}`)}</title>`,
    `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="6" fill="${vacant ? COLOURS.vacant : COLOURS.card}" stroke="${COLOURS.border}"${vacant ? ' stroke-dasharray="4 3"' : ''}/>`,
    `<text x="${x + 12}" y="${y + 22}" font-size="13" font-weight="600" fill="${COLOURS.text}">${escapeXml(truncate(role.title, 28))}</text>`,
    `<text x="${x + 12}" y="${y + 40}" font-size="12" fill="${COLOURS.muted}"${vacant ? ' font-style="italic"' : ''}>${escapeXml(truncate(vacant ? 'Vacant' : (role.person ?? ''), 30))}</text>`,
    `<text x="${x + 12}" y="${y + h - 12}" font-size="11" fill="${COLOURS.muted}">${escapeXml(team)}</text>`,
    bar(0, l, COLOURS.leadership, 'L'),
    bar(1, m, COLOURS.management, 'M'),
    verdict ? outcomeMark(verdict, x, y, w, h) : '',
    '</g>',
  ].join('');
}

/** "chaos · chaos 48.1", "balance / chaos (borderline) · health 61.0", "too small to judge". */
function outcomeWords(verdict: CardOutcome, separator = ' · '): string {
  const v = readVerdict(verdict);
  return v.verdict === 'tooSmall' ? verdictShort(v) : `${verdictShort(v)}${separator}${verdict.figure}`;
}

function outcomeMark(verdict: CardOutcome, x: number, y: number, w: number, h: number): string {
  const v = readVerdict(verdict);
  const colour = v.verdict === 'tooSmall' ? COLOURS.muted : OUTCOME_COLOURS[v.outcome];
  const dashes: Record<VerdictName, string | null> = {
    confirmed: null,
    atRisk: '6 4',
    borderline: '2 3',
    tooSmall: null,
  };
  const dash = dashes[v.verdict];
  const edge =
    v.verdict === 'tooSmall'
      ? ''
      : dash === null
        ? `<rect x="${x}" y="${y + 3}" width="4" height="${h - 6}" rx="2" fill="${colour}"/>`
        : `<line x1="${x + 2}" y1="${y + 4}" x2="${x + 2}" y2="${y + h - 4}" stroke="${colour}" stroke-width="4" stroke-dasharray="${dash}"/>`;
  return `${edge}<text x="${x + 12}" y="${y + 58}" font-size="11" fill="${colour}">${escapeXml(outcomeWords(verdict))}</text>`;
}

/** At most `max` characters, counting an emoji (a surrogate pair) as one and never cutting it in half. */
function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * Characters XML 1.0 does not allow anywhere in a document, even escaped: C0 controls other than tab,
 * LF and CR (NUL, VT, ESC, ... as a UTF-16 file read as UTF-8 leaves them), U+FFFE and U+FFFF, and
 * surrogates that are not half of a pair. One of them makes the whole SVG unreadable (and the PNG,
 * which is drawn from it).
 */
const NOT_XML_CHAR =
  // Control characters are exactly what this must match.
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe inside SVG elements and attributes: markup escaped, characters XML forbids left out. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML_CHAR, '')
    .replace(
      /[<>&"']/g,
      (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[ch]!,
    );
}
