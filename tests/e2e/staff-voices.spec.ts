/**
 * The staff voice check: every offered language with what a patient will hear
 * on this machine — the truth for the test browser (no speech voices at all,
 * the served Somali recordings), then with stubbed voices — and Play a sample.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { allPages } from '../../core/content';
import { LANGUAGE_CODES } from '../../core/languages';
import { expect, test } from './support/fixtures';
import { installMediaLog, installSpeechStub, mediaLog, speechLog } from './support/speechStub';
import { openStaffFirstRun } from './support/staff';

const section = (page: Page) => page.getByRole('region', { name: 'Voices and recordings' });
const row = (page: Page, code: string) => section(page).locator(`li[data-language="${code}"]`);
const en = JSON.parse(readFileSync('locales/en/content.json', 'utf8')) as { pages: Record<string, { h: string }> };
const RECORDED_SOMALI = `Recorded pages: 2 of ${allPages().length}`;

test('lists the truth for this browser: no voice means nothing to hear, except Somali, which has recordings', async ({
  page,
}) => {
  await openStaffFirstRun(page);
  const localVoices = await page.evaluate(() => speechSynthesis.getVoices().filter((voice) => voice.localService));
  test.skip(
    localVoices.length > 0,
    `this browser has ${localVoices.length} local voices; the stubbed test covers them`,
  );
  await expect(section(page).locator('li')).toHaveCount(LANGUAGE_CODES.length);
  for (const code of LANGUAGE_CODES.filter((c) => c !== 'so')) {
    await expect(row(page, code)).toHaveAttribute('data-hears', 'nothing');
    await expect(row(page, code)).toContainText('Nothing can be heard');
    await expect(row(page, code).getByRole('button')).toHaveCount(0);
  }
  await expect(row(page, 'so')).toHaveAttribute('data-hears', 'recordings');
  await expect(row(page, 'so')).toContainText(RECORDED_SOMALI);
  await expect(row(page, 'so')).toContainText('only the recorded pages can be heard');
});

test('with local voices: names the voice each language uses, and plays a sample of it or of a recording', async ({
  page,
}) => {
  await installSpeechStub(page, [
    { name: 'Local English', lang: 'en-GB', localService: true },
    { name: 'Online English', lang: 'en-US', localService: false, default: true },
    { name: 'Local Arabic', lang: 'ar-SA', localService: true },
    { name: 'Online Chinese', lang: 'zh-CN', localService: false },
  ]);
  await installMediaLog(page);
  await openStaffFirstRun(page);
  await expect(row(page, 'en')).toHaveAttribute('data-hears', 'voice');
  await expect(row(page, 'en')).toContainText('Every screen is read by the voice “Local English”.');
  await expect(row(page, 'ar')).toContainText('Every screen is read by the voice “Local Arabic”.');
  await expect(row(page, 'zh-Hans'), 'an online voice is never used').toHaveAttribute('data-hears', 'nothing');
  await expect(row(page, 'so')).toContainText(RECORDED_SOMALI);

  await row(page, 'en').getByRole('button', { name: 'Play a sample' }).click();
  await expect.poll(async () => (await speechLog(page)).utterances.length).toBe(1);
  const [sample] = (await speechLog(page)).utterances;
  expect(sample).toMatchObject({ voice: 'Local English', lang: 'en-GB' });
  expect(sample?.text).toContain(en.pages['key-neuropathy']?.h ?? 'missing heading');

  const somali = row(page, 'so').getByRole('button');
  await somali.click();
  await expect(somali).toHaveText('Stop the sample');
  await expect(somali).toHaveAttribute('aria-pressed', 'true');
  expect(await mediaLog(page)).toEqual(['play /recordings/so/key-neuropathy.mp3']);
  await somali.click();
  await expect(somali).toHaveText('Play a sample');
  expect((await mediaLog(page)).at(-1)).toBe('pause /recordings/so/key-neuropathy.mp3');
});

test('says when read-aloud is switched off, and lists only the languages offered', async ({ page }) => {
  await openStaffFirstRun(page);
  await page.getByRole('switch', { name: 'Read aloud button' }).click();
  await expect(section(page)).toContainText('Read aloud is switched off');
  await page.getByRole('switch', { name: 'Offer Somali' }).click();
  await expect(row(page, 'so')).toHaveCount(0);
  await expect(section(page).locator('li')).toHaveCount(LANGUAGE_CODES.length - 1);
});
