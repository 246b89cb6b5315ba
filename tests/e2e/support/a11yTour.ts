/**
 * One walk through every screen and dialog a patient (and staff) can see, in
 * one language, theme and text size chosen as a patient would choose them. At
 * each stop `visit(where)` runs (an axe scan, a layout measurement…).
 * Navigation is by accessible names in the language on screen.
 */
import type { Locator, Page } from '@playwright/test';
import { CONTENT, type Page as ContentPage, type Topic } from '../../../core/content';
import { DEFAULT_SETTINGS } from '../../../core/settings/schema';
import { languageInfo } from '../../../core/languages';
import { expect, openKiosk } from './fixtures';
import { STAFF_PIN } from './staff';
import { expectScreen } from './journey';
import { exactly, uiLabel } from './languages';

export const TEXT_SIZE_NAMES = ['default', 'large', 'larger', 'largest'] as const;
export type TextSizeName = (typeof TEXT_SIZE_NAMES)[number];

export interface TourOptions {
  /** A language code, or 'qps' for the pseudo-locale. */
  code: string;
  highContrast: boolean;
  textSize: TextSizeName;
  /** Every page of the guided path, or only the few pages that between them show every kind of block. */
  allPages: boolean;
}

export type Visit = (where: string) => Promise<void>;

const QUIET_MS = DEFAULT_SETTINGS.idle.quietSeconds * 1000;
const PAGE_COUNT = CONTENT.topics.flatMap((topic) => topic.pages).length;

/** The attract screen and the picker speak the clinic's default language until a patient picks one. */
const defaultLanguageOf = (code: string) => (code === 'qps' ? 'qps' : DEFAULT_SETTINGS.languages.default);

function button(page: Page, code: string, key: string) {
  return page.getByRole('button', { name: exactly(uiLabel(code, key)) });
}

function exactButton(page: Page, code: string, key: string) {
  return page.getByRole('button', { name: uiLabel(code, key), exact: true });
}

/** Kinds of block a page can show (a callout's tone draws differently, so each tone is a kind). */
function blockKinds(page: ContentPage): string[] {
  return page.blocks.map((block) => (block.type === 'callout' ? `callout:${block.tone}` : block.type));
}

/**
 * The fewest pages (chosen greedily) that between them show every kind of
 * block, by topic in menu order: the short walk that still meets every way a
 * page is drawn. Worked out from the content, so a new kind of block joins it.
 */
const COVERING_PAGES: ReadonlyMap<Topic, ReadonlySet<string>> = (() => {
  const pages = CONTENT.topics.flatMap((topic) =>
    topic.pages.map((page) => ({ topic, page, kinds: blockKinds(page) })),
  );
  const missing = new Set(pages.flatMap((entry) => entry.kinds));
  const chosen = new Set<string>();
  while (missing.size > 0) {
    const best = pages.reduce((a, b) =>
      b.kinds.filter((k) => missing.has(k)).length > a.kinds.filter((k) => missing.has(k)).length ? b : a,
    );
    chosen.add(best.page.id);
    for (const kind of best.kinds) missing.delete(kind);
  }
  const byTopic = new Map<Topic, Set<string>>();
  for (const { topic, page } of pages)
    if (chosen.has(page.id)) byTopic.set(topic, (byTopic.get(topic) ?? new Set()).add(page.id));
  return byTopic;
})();

/** Chooses contrast and size on the picker's toolbar, as a patient would before picking a language. */
async function chooseDisplay(page: Page, code: string, { textSize, highContrast }: TourOptions): Promise<void> {
  if (highContrast) {
    await exactButton(page, code, 'display.contrast').click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'high-contrast');
  }
  if (textSize !== 'default') {
    await exactButton(page, code, `display.sizes.${textSize}`).click();
    await expect(page.locator('html')).toHaveAttribute('data-text-size', textSize);
  }
}

/** Opens a dialog from the toolbar, visits it, and closes it with Escape as a keypad would. */
async function visitDialog(page: Page, opener: Locator, where: string, visit: Visit): Promise<void> {
  await opener.click();
  const dialog = page.locator('dialog[open]');
  await expect(dialog).toBeVisible();
  await visit(where);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
}

/** Waits out the quiet time on Playwright's clock and visits the "Still there?" warning. */
async function visitIdleWarning(page: Page, code: string, visit: Visit): Promise<void> {
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
  await page.clock.runFor(QUIET_MS);
  await expect(page.getByRole('alertdialog')).toBeVisible();
  // Date.now stands still, so the countdown cannot run out mid-visit, while timers
  // run, which axe needs (it yields with setTimeout and would hang on a paused clock).
  const warnedAt = await page.evaluate(() => Date.now());
  await page.clock.setFixedTime(warnedAt);
  await page.clock.resume();
  await visit('idle warning');
  await page.clock.setSystemTime(warnedAt);
  await expect(exactButton(page, code, 'idle.stillHere')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alertdialog')).toBeHidden();
}

/**
 * Next, page after page, until the path's last page, visiting each page that
 * `wanted` accepts. With `stopAfter`, leaves as soon as that page is visited.
 */
async function walkPages(
  page: Page,
  code: string,
  visit: Visit,
  wanted: (id: string) => boolean,
  stopAfter?: string,
): Promise<void> {
  await expectScreen(page, 'page');
  const article = page.locator('article[data-page-id]');
  const progress = page.locator('.patient-frame__eyebrow .progress__text');
  const next = exactButton(page, code, 'nav.next');
  // A long page splits into parts at large text sizes: Next may stay on the same page.
  for (let step = 1; step <= PAGE_COUNT * 4; step += 1) {
    const id = (await article.getAttribute('data-page-id')) ?? '';
    const shown = (await progress.textContent()) ?? '';
    if (wanted(id)) await visit(`page ${id} (${shown})`);
    if (id === stopAfter || !(await next.isVisible())) return;
    await next.click();
    await expect(progress).not.toHaveText(shown);
  }
  throw new Error('the path did not end');
}

/** Every page of the guided path, or the covering pages topic by topic; ends on the last path's last page. */
async function visitPages(page: Page, code: string, allPages: boolean, visit: Visit): Promise<void> {
  if (allPages) {
    await button(page, code, 'journey.topics.startHere').click();
    await walkPages(page, code, visit, () => true);
    return;
  }
  const topics = [...COVERING_PAGES.keys()];
  for (const [index, topic] of topics.entries()) {
    const ids = COVERING_PAGES.get(topic) ?? new Set<string>();
    await page.getByRole('main').getByRole('list').getByRole('button').nth(CONTENT.topics.indexOf(topic)).click();
    const last = index === topics.length - 1;
    // The last topic is walked to its end, where its check waits.
    await walkPages(
      page,
      code,
      visit,
      (id) => ids.has(id),
      last ? undefined : topic.pages.findLast((p) => ids.has(p.id))?.id,
    );
    if (last) return;
    await exactButton(page, code, 'nav.home').click();
    await expectScreen(page, 'topics');
  }
}

async function visitStaff(page: Page, code: string, visit: Visit): Promise<void> {
  // Staff mode speaks the staff language, never the patient's: on this browser that is English. The
  // pseudo-locale (?lang=qps) is a test mode that rewrites every string, the staff screens' too.
  await page.keyboard.press('Control+Alt+KeyS');
  await expectScreen(page, 'staff-pin');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await visit('staff PIN pad');
  const labels = code === 'qps' ? 'qps' : 'en';
  // A fresh profile has no PIN: staff set one by entering it twice.
  const pad = page.getByRole('group', { name: uiLabel(labels, 'staff.pin.padLabel') });
  for (let round = 0; round < 2; round += 1) {
    for (const digit of STAFF_PIN) await pad.getByRole('button', { name: digit, exact: true }).click();
    await pad.getByRole('button', { name: uiLabel(labels, 'staff.pin.ok'), exact: true }).click();
  }
  await expectScreen(page, 'staff');
  const tabs = page.getByRole('tab');
  await expect(tabs.first()).toBeVisible();
  await visit('staff settings');
  // Every other section, one tap each.
  for (let index = 1; index < (await tabs.count()); index += 1) {
    await tabs.nth(index).click();
    await expect(tabs.nth(index)).toHaveAttribute('aria-selected', 'true');
    await visit(`staff settings, ${await tabs.nth(index).innerText()}`);
  }
}

/** Needs page.clock installed before the page loads (for the idle warning). */
export async function tourScreens(page: Page, options: TourOptions, visit: Visit): Promise<void> {
  const { code } = options;
  const before = defaultLanguageOf(code);
  await openKiosk(page, code === 'qps' ? '/?lang=qps' : '/');
  await visit('attract');
  await button(page, before, 'attract.startButton').click();
  await expectScreen(page, 'language');
  await chooseDisplay(page, before, options);
  await visit('language picker');
  const endonym =
    code === 'qps' ? languageInfo(DEFAULT_SETTINGS.languages.default).endonym : languageInfo(code).endonym;
  await page
    .getByRole('main')
    .getByRole('button', { name: exactly(endonym) })
    .click();
  await expectScreen(page, 'topics');
  await visit('topics');

  await visitDialog(page, button(page, code, 'languages.control'), 'language dialog', visit);
  if (options.textSize === 'largest')
    await visitDialog(page, button(page, code, 'display.open'), 'display dialog', visit);
  await visitIdleWarning(page, code, visit);

  await visitPages(page, code, options.allPages, visit);
  await button(page, code, 'journey.page.checkNext').click();
  await expectScreen(page, 'check');
  await visit('check');
  await page
    .getByRole('group', { name: uiLabel(code, 'journey.check.choicesLabel') })
    .getByRole('button')
    .first()
    .click();
  await visit('check, answered');

  await exactButton(page, code, 'nav.home').click();
  await expectScreen(page, 'topics');
  await button(page, code, 'journey.topics.myQuestions').click();
  await expectScreen(page, 'questions');
  await visit('questions, none chosen');
  await page.getByRole('main').getByRole('button', { pressed: false }).first().click();
  await visit('questions, one chosen');
  await button(page, code, 'journey.questions.seeList').click();
  await expectScreen(page, 'finish');
  await visit('finish');
  await button(page, code, 'journey.finish.about').click();
  await expectScreen(page, 'about');
  await visit('about');
  await button(page, code, 'journey.frame.helpNow').click();
  await expectScreen(page, 'page');
  await visit('emergency page, from "Need help now?"');

  await visitStaff(page, code, visit);
}
