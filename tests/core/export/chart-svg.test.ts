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

  it('escapes text so a title cannot break the document', () => {
    const svg = chartSvg([role('a', null, { title: '<script>alert("x")</script> & co', person: "O'Neil" })]);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
    expect(escapeXml(`"'&<>`)).toBe('&quot;&apos;&amp;&lt;&gt;');
  });
});
