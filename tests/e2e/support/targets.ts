/**
 * Touch-target rules measured in the page: every visible control at least
 * 64×64 CSS px, and at least 8 px of clear space between any two controls.
 */
import type { Page } from '@playwright/test';

export interface TargetProblem {
  readonly control: string;
  readonly problem: string;
}

export const MIN_TARGET = 64;
export const MIN_GAP = 8;

/** While a modal dialog is open only its controls can be pressed, so only they are measured. */
export async function touchTargetProblems(page: Page): Promise<TargetProblem[]> {
  return page.evaluate(
    ({ minTarget, minGap }) => {
      const dialogs = [...document.querySelectorAll<HTMLDialogElement>('dialog[open]')].filter((dialog) =>
        dialog.matches(':modal'),
      );
      const scope: ParentNode = dialogs.at(-1) ?? document;
      const controls = [
        ...scope.querySelectorAll<HTMLElement>('button, a[href], [role="button"], input, select, textarea'),
      ]
        .map((element) => ({ element, rect: element.getBoundingClientRect() }))
        .filter(
          ({ element, rect }) => rect.width > 0 && rect.height > 0 && getComputedStyle(element).visibility !== 'hidden',
        )
        .filter(({ element, rect }) => {
          // A control half scrolled out of <main> (or half under the "More below" cue) is measured at
          // another scroll position, where it is wholly in view (layoutProblems scrolls through).
          const main = element.closest('main');
          if (!main || dialogs.length > 0) return true;
          const view = main.getBoundingClientRect();
          const cue = document.querySelector('.patient-frame__more')?.getBoundingClientRect();
          const bottom = cue && cue.height > 0 ? Math.min(view.bottom, cue.top) : view.bottom;
          return rect.top >= view.top - 0.5 && rect.bottom <= bottom + 0.5;
        });
      const name = (element: HTMLElement) =>
        element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? element.tagName;
      const problems: { control: string; problem: string }[] = [];
      for (const { element, rect } of controls) {
        // Sub-pixel layout can land a 64 px box at 63.99.
        if (rect.width < minTarget - 0.5 || rect.height < minTarget - 0.5) {
          problems.push({ control: name(element), problem: `is ${rect.width.toFixed(1)}×${rect.height.toFixed(1)}` });
        }
      }
      for (let i = 0; i < controls.length; i += 1) {
        for (let j = i + 1; j < controls.length; j += 1) {
          const a = controls[i];
          const b = controls[j];
          if (!a || !b || a.element.contains(b.element) || b.element.contains(a.element)) continue;
          const gapX = Math.max(a.rect.left, b.rect.left) - Math.min(a.rect.right, b.rect.right);
          const gapY = Math.max(a.rect.top, b.rect.top) - Math.min(a.rect.bottom, b.rect.bottom);
          const gap = Math.max(gapX, gapY);
          if (gap < minGap - 0.5)
            problems.push({ control: name(a.element), problem: `only ${gap.toFixed(1)} px from "${name(b.element)}"` });
        }
      }
      return problems;
    },
    { minTarget: MIN_TARGET, minGap: MIN_GAP },
  );
}

/** True when something is wider than the window, i.e. the patient could scroll sideways. */
export async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    const main = document.querySelector('main');
    return root.scrollWidth > root.clientWidth + 1 || (main !== null && main.scrollWidth > main.clientWidth + 1);
  });
}
