import { describe, expect, it } from 'vitest';
import { chartSvg, escapeXml } from '../../../src/core/export';
import { role } from '../../helpers/scenarios';
import { smallOrg } from '../org/edits/fixture';

const count = (svg: string, pattern: RegExp) => (svg.match(pattern) ?? []).length;

describe('chartSvg', () => {
  it('draws one card per shown role, one line per reporting line and a dashed one per dotted line', () => {
    const svg = chartSvg(smallOrg().roles, { title: 'Small org' });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(count(svg, /<g><title>/g)).toBe(6);
    expect(count(svg, /<path d="M/g)).toBe(5);
    expect(count(svg, /stroke-dasharray="5 4"/g)).toBe(1);
    expect(svg).toContain('>Small org</text>');
    expect(svg).toContain('>Vacant</text>');
  });

  it('compact: stacks a manager’s leaf reports and runs their lines down the stack into each card’s side', () => {
    const roles = [role('boss', null), ...['a', 'b', 'c'].map((id) => role(id, 'boss'))];
    const wide = chartSvg(roles);
    const compact = chartSvg(roles, { compact: true });
    const widthOf = (svg: string) => Number(/width="(\d+)"/.exec(svg)![1]);
    expect(widthOf(compact)).toBeLessThan(widthOf(wide));
    const paths = compact.match(/<path d="[^"]+"/g)!;
    expect(paths).toHaveLength(3);
    // Down, along to the connector, down it, then along into the card (four segments, not three).
    for (const path of paths) expect(path).toMatch(/^<path d="M[\d.]+ [\d.]+V[\d.]+H[\d.]+V[\d.]+H[\d.]+"$/);
  });

  it('leaves collapsed teams out and says how many are hidden', () => {
    const svg = chartSvg(smallOrg().roles, { collapsed: new Set(['eng']) });
    expect(count(svg, /<g><title>/g)).toBe(4);
    expect(svg).toContain('Team 4 · 2 hidden');
  });

  it("marks each card with its quarter's outcome: a solid edge when confirmed, dashed at risk", () => {
    const outcomes = new Map([
      ['eng', { outcome: 'chaos' as const, confirmed: true, figure: 'chaos 48.1' }],
      ['sales', { outcome: 'bureaucracy' as const, confirmed: false, figure: 'bureaucracy 31.0' }],
    ]);
    const svg = chartSvg(smallOrg().roles, { outcomes });
    expect(svg).toContain('>chaos · chaos 48.1</text>');
    expect(svg).toContain('>bureaucracy (at risk) · bureaucracy 31.0</text>');
    expect(count(svg, /<rect [^>]*width="4" [^>]*fill="#c2410c"\/>/g)).toBe(1);
    expect(count(svg, /stroke="#5b4bb7" stroke-width="4" stroke-dasharray="6 4"/g)).toBe(1);
    expect(svg).toMatch(/<title>ENG, [^<]*, chaos, chaos 48\.1<\/title>/);
    // Roles without a verdict (not simulated in that quarter) are drawn plain.
    expect(count(svg, /<g><title>/g)).toBe(6);
  });

  it('marks a borderline team with a dotted edge and both sides, and a team too small to judge with no colour', () => {
    const outcomes = new Map([
      [
        'eng',
        {
          outcome: 'balance' as const,
          confirmed: false,
          verdict: 'borderline' as const,
          risk: 'chaos' as const,
          figure: 'health 61.0',
        },
      ],
      [
        'sales',
        {
          outcome: 'chaos' as const,
          confirmed: false,
          verdict: 'tooSmall' as const,
          risk: null,
          figure: 'chaos 80.0',
        },
      ],
    ]);
    const svg = chartSvg(smallOrg().roles, { outcomes, teamQuarter: 8 });
    expect(svg).toContain('>balance / chaos (borderline) · health 61.0</text>');
    expect(count(svg, /stroke="#2f7d5b" stroke-width="4" stroke-dasharray="2 3"/g)).toBe(1);
    expect(svg).toContain('>too small to judge</text>');
    expect(svg).toMatch(/<title>SALES, [^<]*, too small to judge<\/title>/);
    // No outcome, no figure and no outcome colour for the team too small to judge.
    expect(svg).not.toContain('chaos 80.0');
    expect(count(svg, /#c2410c/g)).toBe(0);
    // Team sizes say which quarter they are.
    expect(svg).toMatch(/>Team \d+(\.\d+)? \(Q8\)/);
  });

  it('escapes text so a title cannot break the document', () => {
    const svg = chartSvg([role('a', null, { title: '<script>alert("x")</script> & co', person: "O'Neil" })]);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
    expect(escapeXml(`"'&<>`)).toBe('&quot;&apos;&amp;&lt;&gt;');
  });

  it('leaves out every character XML 1.0 forbids, so the document stays readable', () => {
    for (const bad of FORBIDDEN_IN_XML) {
      const name = `A${bad}B`;
      const svg = chartSvg(
        [role('a', null, { title: name, person: name }), role('b', 'a', { title: `${'x'.repeat(26)}😀😀` })],
        { title: name, outcomes: new Map([['a', { outcome: 'chaos', confirmed: false, figure: name }]]) },
      );
      expect(firstNonXmlChar(svg), `U+${bad.charCodeAt(0).toString(16)}`).toBeUndefined();
      expect(svg).toContain('>AB</text>');
    }
    // Allowed characters stay, including whitespace controls and astral ones.
    expect(escapeXml('a\tb\nc\rd 😀 \uFFFD')).toBe('a\tb\nc\rd 😀 \uFFFD');
  });
});

/** Every character XML 1.0 does not allow: C0 controls but tab, LF and CR; U+FFFE, U+FFFF; lone surrogates. */
const FORBIDDEN_IN_XML = [
  ...Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)).filter((c) => !'\t\n\r'.includes(c)),
  '\uFFFE',
  '\uFFFF',
  '\uD800',
  '\uDBFF',
  '\uDC00',
  '\uDFFF',
];

/** The first character outside XML 1.0's Char production, or undefined. */
function firstNonXmlChar(text: string): string | undefined {
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    const ok =
      code === 0x9 ||
      code === 0xa ||
      code === 0xd ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      (code >= 0x10000 && code <= 0x10ffff);
    if (!ok) return ch;
  }
  return undefined;
}
