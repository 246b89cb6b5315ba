/**
 * "I've been called" and "Need help now?" from every patient screen after the
 * language choice: one tap to the finish screen with the patient's own list and
 * its QR code, and one tap to the emergency tier of the safety net.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { emergencyPageRef } from '../../core/content';
import { expect, test } from './support/fixtures';
import { expectScreen, readToCheck, startInEnglish } from './support/journey';

const en = JSON.parse(readFileSync('locales/en/content.json', 'utf8')) as {
  topics: { signs: { title: string } };
  pages: { 'help-emergency': { h: string } };
};
const QUESTION = 'How should I look after my feet?';
const called = (page: Page) => page.getByRole('button', { name: /I've been called/ });
const helpNow = (page: Page) => page.getByRole('button', { name: 'Need help now?' });
const home = (page: Page) => page.getByRole('button', { name: 'Home', exact: true });

/** Each patient screen after the language choice, reached from the topic menu as a patient would. */
const SCREENS: { name: string; screen: string; open: (page: Page) => Promise<void> }[] = [
  { name: 'the topic menu', screen: 'topics', open: async () => undefined },
  {
    name: 'a short-path page',
    screen: 'page',
    open: async (page) => {
      await page.getByRole('button', { name: /^Start here/ }).click();
      await page.getByRole('button', { name: 'Next', exact: true }).click();
    },
  },
  {
    name: 'a topic page opened with Learn more',
    screen: 'page',
    open: async (page) => {
      await page.getByRole('button', { name: /^Start here/ }).click();
      await page.getByRole('button', { name: /^Learn more/ }).click();
    },
  },
  {
    name: 'a topic from the menu',
    screen: 'page',
    open: async (page) => page.getByRole('button', { name: en.topics.signs.title }).click(),
  },
  {
    name: 'the check',
    screen: 'check',
    open: async (page) => {
      await page.getByRole('button', { name: /^Start here/ }).click();
      await readToCheck(page);
    },
  },
  {
    name: 'the question list',
    screen: 'questions',
    open: async (page) => page.getByRole('button', { name: 'Questions to ask my doctor or nurse' }).click(),
  },
  {
    name: 'the About page',
    screen: 'about',
    open: async (page) => page.getByRole('button', { name: 'About this information' }).click(),
  },
];

async function pickOneQuestion(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Questions to ask my doctor or nurse' }).click();
  await page.getByRole('button', { name: QUESTION }).click();
  await expect(page.getByRole('button', { name: QUESTION })).toHaveAttribute('aria-pressed', 'true');
  await home(page).click();
  await expectScreen(page, 'topics');
}

test.describe('one tap out, from every screen', () => {
  test.describe.configure({ timeout: 300_000 });

  test('"I\'ve been called" shows the finish screen with my list, its QR code and Start again, all in view', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await startInEnglish(page);
    await pickOneQuestion(page);
    for (const { name, screen, open } of SCREENS) {
      await open(page);
      await expectScreen(page, screen);
      await expect(called(page), name).toBeInViewport();
      await called(page).click();
      await expectScreen(page, 'finish');
      await expect(page.getByRole('listitem').filter({ hasText: QUESTION }), name).toBeVisible();
      await expect(page.getByRole('img', { name: 'QR code with your list of questions' }), name).toBeVisible();
      await expect(page.getByRole('button', { name: 'Start again' }), name).toBeInViewport();
      // The finish screen is the list itself: no second way to it there.
      await expect(called(page)).toHaveCount(0);
      await home(page).click();
      await expectScreen(page, 'topics');
    }
  });

  test('"Need help now?" opens the emergency tier of the safety net from every screen, and from the finish screen', async ({
    page,
  }) => {
    const emergency = emergencyPageRef();
    expect(emergency?.pageId).toBe('help-emergency');
    await startInEnglish(page);
    for (const { name, screen, open } of [
      ...SCREENS,
      { name: 'the finish screen', screen: 'finish', open: async (p: Page) => called(p).click() },
    ]) {
      await open(page);
      await expectScreen(page, screen);
      await expect(helpNow(page), name).toBeInViewport();
      await helpNow(page).click();
      await expectScreen(page, 'page');
      await expect(page.locator('main article'), name).toHaveAttribute('data-page-id', 'help-emergency');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.pages['help-emergency'].h);
      await home(page).click();
      await expectScreen(page, 'topics');
    }
  });
});
