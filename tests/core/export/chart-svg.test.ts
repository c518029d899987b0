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

  it('escapes text so a title cannot break the document', () => {
    const svg = chartSvg([role('a', null, { title: '<script>alert("x")</script> & co', person: "O'Neil" })]);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
    expect(escapeXml(`"'&<>`)).toBe('&quot;&apos;&amp;&lt;&gt;');
  });
});
