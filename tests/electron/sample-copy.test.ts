import { describe, expect, it } from 'vitest';
import { earlierSampleCopy } from '../../electron/main/sample-copy';

const recent = (path: string, name: string, exists = true) => ({ path, name, openedAt: '', exists });

describe('earlierSampleCopy', () => {
  it('finds a copy of the sample in the data folder that still exists', () => {
    const list = [
      recent('/d/Other.ballast', 'Other'),
      recent('/d/Founder-led startup 2.ballast', 'Founder-led startup'),
    ];
    expect(earlierSampleCopy(list, 'Founder-led startup', '/d')).toBe('/d/Founder-led startup 2.ballast');
  });

  it('ignores a copy that is gone or lives outside the data folder', () => {
    expect(earlierSampleCopy([recent('/d/S.ballast', 'S', false)], 'S', '/d')).toBeNull();
    expect(earlierSampleCopy([recent('/elsewhere/S.ballast', 'S')], 'S', '/d')).toBeNull();
  });
});
