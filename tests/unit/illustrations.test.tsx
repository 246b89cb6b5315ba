import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { ILLUSTRATION_IDS } from '../../core/illustrationIds';
import {
  ILLUSTRATIONS,
  Illustration,
  mirrorInRtl,
  PALETTE,
  ill,
  type PaletteName,
} from '../../renderer/patient/illustrations';

const PALETTE_NAMES = Object.keys(PALETTE) as PaletteName[];
const ALLOWED_PAINTS = new Set(['none', ...PALETTE_NAMES.map(ill)]);

function render(id: (typeof ILLUSTRATION_IDS)[number], title = `Alt text for ${id}`): string {
  const Picture = ILLUSTRATIONS[id];
  return renderToStaticMarkup(<Picture title={title} />);
}

function attributeValues(markup: string, name: string): string[] {
  return [...markup.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((m) => m[1] ?? '');
}

/** WCAG 2 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('illustrations', () => {
  it('has exactly one component and one mirroring decision per illustration id', () => {
    expect(Object.keys(ILLUSTRATIONS).sort()).toEqual([...ILLUSTRATION_IDS].sort());
    expect(Object.keys(mirrorInRtl).sort()).toEqual([...ILLUSTRATION_IDS].sort());
  });

  describe.each(ILLUSTRATION_IDS)('%s', (id) => {
    const markup = render(id);

    it('is an accessible, self-sizing 400×300 svg named by its title', () => {
      expect(markup.startsWith('<svg')).toBe(true);
      expect(markup).toContain('role="img"');
      expect(markup).toContain('viewBox="0 0 400 300"');
      expect(markup).toContain('width="100%"');
      expect(markup).toContain('height="100%"');
      expect(markup).toContain('preserveAspectRatio="xMidYMid meet"');
      expect(markup).toContain('focusable="false"');
      const title = /<title id="([^"]+)">([^<]*)<\/title>/.exec(markup);
      expect(title?.[2]).toBe(`Alt text for ${id}`);
      expect(attributeValues(markup, 'aria-labelledby')).toEqual([title?.[1]]);
    });

    it('escapes the title rather than injecting markup', () => {
      const escaped = render(id, 'Fish & eggs <b>');
      expect(escaped).toContain('Fish &amp; eggs &lt;b&gt;</title>');
    });

    it('has no text, external references, embedded content or styles', () => {
      for (const banned of [
        'http',
        '<image',
        'href=',
        '<text',
        '<foreignObject',
        '<script',
        '<style',
        'style=',
        'url(',
        'font',
        '<use',
      ]) {
        expect(markup, banned).not.toContain(banned);
      }
    });

    it('paints only with palette variables (or none), each with its documented default', () => {
      const paints = ['fill', 'stroke', 'stop-color', 'color', 'flood-color'].flatMap((a) =>
        attributeValues(markup, a),
      );
      expect(paints.length).toBeGreaterThan(0);
      for (const paint of paints) expect(ALLOWED_PAINTS, paint).toContain(paint);
      const hexes = markup.match(/#[0-9a-fA-F]{3,8}\b/g) ?? [];
      const inVars = [...markup.matchAll(/var\(--ill-[a-z0-9-]+, (#[0-9a-f]{6})\)/g)].map((m) => m[1]);
      expect(hexes).toEqual(inVars);
    });

    it('draws every stroke at least 4 units wide and uses no transparency', () => {
      for (const w of attributeValues(markup, 'stroke-width')) expect(Number(w), w).toBeGreaterThanOrEqual(4);
      expect(markup).not.toMatch(/opacity=/);
    });
  });

  it('gives each picture on a page its own title id', () => {
    const markup = renderToStaticMarkup(
      <>
        <Illustration id="b12-foods" title="one" />
        <Illustration id="b12-foods" title="two" />
      </>,
    );
    const ids = [...markup.matchAll(/<title id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
  });

  it('mirrors only the pictures marked for right-to-left, and only in right-to-left', () => {
    for (const id of ILLUSTRATION_IDS) {
      const ltr = renderToStaticMarkup(<Illustration id={id} title="t" dir="ltr" />);
      const rtl = renderToStaticMarkup(<Illustration id={id} title="t" dir="rtl" />);
      expect(ltr, id).toBe(render(id, 't'));
      if (mirrorInRtl[id]) expect(rtl, id).not.toBe(ltr);
      else expect(rtl, id).toBe(ltr);
    }
  });

  it('documents palette colours whose listed neighbours contrast at least 3:1 (WCAG 1.4.11)', () => {
    for (const [name, entry] of Object.entries(PALETTE)) {
      expect(entry.fallback, name).toMatch(/^#[0-9a-f]{6}$/);
      expect(entry.use.length, name).toBeGreaterThan(0);
      for (const other of entry.contrastWith) {
        expect(PALETTE_NAMES, `${name} → ${other}`).toContain(other);
        const ratio = contrast(entry.fallback, PALETTE[other as PaletteName].fallback);
        expect(ratio, `${name} vs ${other}`).toBeGreaterThanOrEqual(3);
      }
    }
  });
});
