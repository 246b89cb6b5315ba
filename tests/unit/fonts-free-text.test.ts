import { describe, expect, it } from 'vitest';
import { scriptsNeededFor } from '../../renderer/platform/fonts/freeTextScripts';

describe('which whole fonts words typed by staff need', () => {
  it('plain and accented Latin need none (Atkinson Hyperlegible is bundled whole)', () => {
    expect([...scriptsNeededFor(['Riverside Clinic', 'Clínica São José – Ärzte', ''])]).toEqual([]);
  });

  it('names each script by its letters', () => {
    expect(scriptsNeededFor(['Phòng khám Việt'])).toEqual(new Set(['latin']));
    expect(scriptsNeededFor(['Поликлиника'])).toEqual(new Set(['cyrillic']));
    expect(scriptsNeededFor(['عيادة'])).toEqual(new Set(['arabic']));
    expect(scriptsNeededFor(['क्लिनिक'])).toEqual(new Set(['devanagari']));
    expect(scriptsNeededFor(['병원'])).toEqual(new Set(['hangul']));
  });

  it('Han letters may be either Chinese script, so both whole fonts are named', () => {
    expect(scriptsNeededFor(['社区诊所', '診所'])).toEqual(new Set(['han-simplified', 'han-traditional']));
  });

  it('gathers the scripts of several texts at once', () => {
    expect(scriptsNeededFor(['Clinic', 'عيادة', '병원'])).toEqual(new Set(['arabic', 'hangul']));
  });
});
