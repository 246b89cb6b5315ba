import type { Page } from '@playwright/test';

export interface FocusRing {
  width: number;
  style: string;
  colour: string;
}

/** The outline drawn around whatever has focus now. */
export async function focusRing(page: Page): Promise<FocusRing> {
  return page.evaluate(() => {
    const style = getComputedStyle(document.activeElement ?? document.body);
    return { width: Number.parseFloat(style.outlineWidth), style: style.outlineStyle, colour: style.outlineColor };
  });
}

/**
 * A CSS colour (a token such as `var(--focus-ring)`, a system colour such as
 * `Highlight`) as the page computes it, so it compares with a computed outline.
 */
export async function computedColour(page: Page, css: string): Promise<string> {
  return page.evaluate((value) => {
    const probe = document.createElement('span');
    probe.style.color = value;
    document.body.append(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  }, css);
}
