import { describe, expect, it } from 'vitest';
import { chartSvg } from '../../../src/core/export';
import { role } from '../../helpers/scenarios';

/** C0 controls but tab, LF and CR; U+FFFE and U+FFFF: characters no XML 1.0 document may hold. */
const FORBIDDEN = [
  ...Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)).filter((c) => !'\t\n\r'.includes(c)),
  '\uFFFE',
  '\uFFFF',
];

describe('the chart SVG as XML', () => {
  it('parses with a strict XML parser whatever control characters the names hold', () => {
    for (const bad of FORBIDDEN) {
      const name = `A${bad}B <&> "'`;
      const svg = chartSvg([role('a', null, { title: name, person: name }), role('b', 'a')], { title: name });
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      expect(doc.getElementsByTagName('parsererror'), `U+${bad.charCodeAt(0).toString(16)}`).toHaveLength(0);
      expect(doc.documentElement.getElementsByTagName('text')[0].textContent).toBe(`AB <&> "'`);
    }
  });
});
