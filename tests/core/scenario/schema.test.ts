import { describe, expect, it } from 'vitest';
import { scenarioFileSchema } from '../../../src/core/scenario/schema';
import { founderLed } from './helpers';

describe('scenarioFileSchema (the structural yes/no)', () => {
  it('accepts the design example', () => {
    expect(scenarioFileSchema.safeParse(founderLed()).success).toBe(true);
  });

  it('refuses a newer version, a strength of 11 and an unknown event type', () => {
    for (const breakIt of [
      (s: ReturnType<typeof founderLed>) => (s.version = 2),
      (s: ReturnType<typeof founderLed>) => (s.roles[0].strengths.vision = 11),
      (s: ReturnType<typeof founderLed>) => (s.events[0].type = 'promote'),
      (s: ReturnType<typeof founderLed>) => (s.roles[0].id = 7),
    ]) {
      const s = founderLed();
      breakIt(s);
      expect(scenarioFileSchema.safeParse(s).success).toBe(false);
    }
  });
});
