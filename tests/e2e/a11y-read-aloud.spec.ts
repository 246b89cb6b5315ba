/**
 * Read-aloud against a stubbed speechSynthesis: the words on screen, in the
 * language on screen, with a local voice only; pause, resume, stop and volume;
 * hidden where no local voice exists; a clinic's recording wins over synthesis;
 * the check and the finish screen are read too; and a narration holds off the
 * idle reset.
 */
import type { Page } from '@playwright/test';
import { narrationScript } from '../../core/recordings/narrationScript';
import { DEFAULT_SETTINGS } from '../../core/settings/schema';
import { localeText } from '../../scripts/recordings/localeText';
import { expect, openKiosk, test } from './support/fixtures';
import { expectScreen } from './support/journey';
import { exactly, uiLabel } from './support/languages';
import {
  finishUtterance,
  installMediaLog,
  reachWord,
  installSpeechStub,
  mediaLog,
  mediaState,
  seekMedia,
  speechLog,
  type StubVoice,
} from './support/speechStub';

const VOICES: StubVoice[] = [
  { name: 'Local English', lang: 'en-GB', localService: true },
  { name: 'Online English', lang: 'en-US', localService: false, default: true },
  { name: 'Local Arabic', lang: 'ar-SA', localService: true },
  { name: 'Online Chinese', lang: 'zh-CN', localService: false },
];

const QUIET_MS = DEFAULT_SETTINGS.idle.quietSeconds * 1000;
const WARNING_MS = DEFAULT_SETTINGS.idle.warningSeconds * 1000;

test.use({ reducedMotion: 'reduce' });

async function firstPageIn(page: Page, code: string, endonym: string): Promise<void> {
  await openKiosk(page);
  await page.getByRole('button', { name: exactly(uiLabel('en', 'attract.startButton')) }).click();
  await expectScreen(page, 'language');
  await page
    .getByRole('main')
    .getByRole('button', { name: exactly(endonym) })
    .click();
  await expectScreen(page, 'topics');
  await page.getByRole('button', { name: exactly(uiLabel(code, 'journey.topics.startHere')) }).click();
  await expectScreen(page, 'page');
}

/** The next patient, on the same page load: attract → English → the first page. */
async function startAgainInEnglish(page: Page): Promise<void> {
  await page.getByRole('button', { name: exactly(uiLabel('en', 'attract.startButton')) }).click();
  await page
    .getByRole('main')
    .getByRole('button', { name: exactly('English') })
    .click();
  await page.getByRole('button', { name: exactly(uiLabel('en', 'journey.topics.startHere')) }).click();
  await expectScreen(page, 'page');
}

const listen = (page: Page, code = 'en') =>
  page.getByRole('button', { name: uiLabel(code, 'readAloud.listen'), exact: true });

test.beforeEach(async ({ page }) => {
  await installSpeechStub(page, VOICES);
});

test('Listen reads the page block by block in English with the local voice, highlighting each block', async ({
  page,
}) => {
  await firstPageIn(page, 'en', 'English');
  await listen(page).click();
  // The line above the title (topic and progress) is one block, read as one line.
  const eyebrow = (await page.locator('main .patient-frame__eyebrow').innerText()).replace(/\s+/g, ' ').trim();
  const title = (await page.getByRole('heading', { level: 1 }).innerText()).trim();

  let log = await speechLog(page);
  expect(log.utterances[0]).toEqual({ text: eyebrow, lang: 'en-GB', voice: 'Local English', volume: 0.75, rate: 1 });
  await finishUtterance(page);
  log = await speechLog(page);
  expect(log.utterances[1]?.text).toBe(title);
  await expect(page.getByRole('heading', { level: 1 })).toHaveClass(/read-aloud-current/);

  // Louder applies at once (the block restarts at the louder volume); the online default voice is never used.
  await page.getByRole('button', { name: 'Louder', exact: true }).click();
  await expect(page.getByText('Volume 4 of 4')).toBeVisible();
  await finishUtterance(page);
  log = await speechLog(page);
  expect(log.utterances[2]?.volume).toBe(1);
  expect(log.utterances.every((u) => u.voice === 'Local English' && u.lang === 'en-GB')).toBe(true);

  // Every visible paragraph of the page is read, in order, and then the control returns to Listen.
  const paragraphs = await page.locator('main article p').allInnerTexts();
  for (let i = 0; i < 40 && (await speechLog(page)).speaking; i += 1) await finishUtterance(page);
  log = await speechLog(page);
  const spoken = log.utterances.map((u) => u.text);
  for (const paragraph of paragraphs) expect(spoken).toContain(paragraph.replace(/\s+/g, ' ').trim());
  await expect(listen(page)).toBeVisible();
  await expect(page.locator('.read-aloud-current')).toHaveCount(0);
});

test("the recording kit's narration script is exactly what the voice reads on the page, in order", async ({ page }) => {
  const { translate } = await localeText('en');
  const script = narrationScript('en', translate).find((entry) => entry.pageId === 'key-neuropathy');
  await firstPageIn(page, 'en', 'English');
  await listen(page).click();
  for (let i = 0; i < 20 && (await speechLog(page)).speaking; i += 1) await finishUtterance(page);
  // "Step 1 of 9" depends on the patient's path, so a recording leaves it out (it ends the line above the title).
  const progress = (await page.locator('main .progress__text').innerText()).trim();
  const spoken = (await speechLog(page)).utterances.map((u) => u.text.replace(progress, '').trim());
  expect(script?.blocks).toEqual(spoken);
});

test('Pause keeps the place to the word, Resume carries on from it; Say that again, Stop and Repeat', async ({
  page,
}) => {
  await firstPageIn(page, 'en', 'English');
  await listen(page).click();
  await finishUtterance(page);
  const title = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
  const secondWord = title.indexOf(' ') + 1;
  expect(secondWord).toBeGreaterThan(0);
  await reachWord(page, secondWord);

  // Pause silences the engine (cancel: speech-dispatcher ignores pause) and keeps the highlight where it was.
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  let log = await speechLog(page);
  expect(log.speaking).toBe(false);
  expect(log.calls.at(-1)).toBe('cancel');
  await expect(page.getByRole('heading', { level: 1 })).toHaveClass(/read-aloud-current/);
  const spokenBefore = log.utterances.length;
  await page.getByRole('button', { name: 'Resume', exact: true }).click();
  log = await speechLog(page);
  expect(log.utterances.slice(spokenBefore).map((u) => u.text)).toEqual([title.slice(secondWord)]);

  // Say that again: the whole block, from its first word.
  await page.getByRole('button', { name: 'Say that again', exact: true }).click();
  log = await speechLog(page);
  expect(log.utterances.at(-1)?.text).toBe(title);
  await finishUtterance(page);
  expect((await speechLog(page)).utterances.at(-1)?.text).not.toBe(title);

  await page.getByRole('button', { name: 'Stop', exact: true }).click();
  await expect(listen(page)).toBeVisible();
  await expect(page.locator('.read-aloud-current')).toHaveCount(0);
  log = await speechLog(page);
  expect(log.speaking).toBe(false);
  expect(log.calls.at(-1)).toBe('cancel');

  await listen(page).click();
  await finishUtterance(page);
  const before = (await speechLog(page)).utterances.length;
  await page.getByRole('button', { name: 'Repeat', exact: true }).click();
  log = await speechLog(page);
  expect(log.utterances[before]?.text).toBe(log.utterances[0]?.text);

  // Leaving the page stops the reading.
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(listen(page)).toBeVisible();
  expect((await speechLog(page)).speaking).toBe(false);
});

test('Slower reads at three quarters of the rate at once, stays on for the next page, and resets with the session', async ({
  page,
}) => {
  await page.clock.install();
  await firstPageIn(page, 'en', 'English');
  await listen(page).click();
  const slower = page.getByRole('button', { name: 'Slower', exact: true });
  await expect(slower).toHaveAttribute('aria-pressed', 'false');
  await slower.click();
  await expect(slower).toHaveAttribute('aria-pressed', 'true');
  let log = await speechLog(page);
  // The block being read restarts at the slower rate; the one before it was at the normal rate.
  expect(log.utterances.map((u) => u.rate)).toEqual([1, 0.75]);
  expect(log.utterances[1]?.text).toBe(log.utterances[0]?.text);
  await finishUtterance(page);
  expect((await speechLog(page)).utterances.at(-1)?.rate).toBe(0.75);

  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await listen(page).click();
  expect((await speechLog(page)).utterances.at(-1)?.rate).toBe(0.75);
  await expect(slower).toHaveAttribute('aria-pressed', 'true');
  await slower.click();
  expect((await speechLog(page)).utterances.at(-1)?.rate).toBe(1);
  await slower.click();
  await page.getByRole('button', { name: 'Stop', exact: true }).click();

  // The next patient starts at the normal speed.
  await page.clock.runFor(QUIET_MS + WARNING_MS + 1_000);
  await expectScreen(page, 'attract');
  await startAgainInEnglish(page);
  await listen(page).click();
  log = await speechLog(page);
  expect(log.utterances.at(-1)?.rate).toBe(1);
  await expect(slower).toHaveAttribute('aria-pressed', 'false');
});

test('Arabic is read in Arabic by the local Arabic voice; Chinese, with only an online voice, has no Listen control', async ({
  page,
}) => {
  await firstPageIn(page, 'ar', 'العربية');
  await listen(page, 'ar').click();
  await finishUtterance(page);
  const log = await speechLog(page);
  const title = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
  expect(log.utterances[1]).toEqual({ text: title, lang: 'ar-SA', voice: 'Local Arabic', volume: 0.75, rate: 1 });
  expect(title).toMatch(/\p{Script=Arabic}/u);

  await page.getByRole('button', { name: exactly(uiLabel('ar', 'languages.control')) }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: exactly('简体中文') })
    .click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  // The page is still the same page, in Chinese; no local voice, so no control, and the Arabic reading stopped.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/\p{Script=Han}/u);
  await expect(listen(page, 'zh-Hans')).toHaveCount(0);
  await expect(page.getByRole('button', { name: uiLabel('zh-Hans', 'nav.next'), exact: true })).toBeVisible();
  expect((await speechLog(page)).speaking).toBe(false);
});

test('a narration holds off the idle reset; once it ends (or is paused) the quiet time counts again', async ({
  page,
}) => {
  await page.clock.install();
  await firstPageIn(page, 'en', 'English');
  await listen(page).click();
  await page.clock.runFor(QUIET_MS + WARNING_MS + 10_000);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expectScreen(page, 'page');

  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await page.clock.runFor(QUIET_MS);
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alertdialog')).toBeHidden();

  await page.getByRole('button', { name: 'Resume', exact: true }).click();
  for (let i = 0; i < 40 && (await speechLog(page)).speaking; i += 1) await finishUtterance(page);
  await expect(listen(page)).toBeVisible();
  await page.clock.runFor(QUIET_MS + WARNING_MS);
  await expectScreen(page, 'attract');
});

test("the check and the finish screen are read too: the question, its answers, and the patient's own list", async ({
  page,
}) => {
  await openKiosk(page);
  await page.getByRole('button', { name: 'Touch to start', exact: true }).click();
  await page
    .getByRole('main')
    .getByRole('button', { name: exactly('English') })
    .click();
  await page.getByRole('button', { name: /^When to get help/ }).click();
  for (let i = 0; i < 10 && (await page.getByRole('button', { name: 'Next', exact: true }).isVisible()); i += 1) {
    await page.getByRole('button', { name: 'Next', exact: true }).click();
  }
  await page.getByRole('button', { name: /^Check what you learned/ }).click();
  await expectScreen(page, 'check');
  await listen(page).click();
  for (let i = 0; i < 20 && (await speechLog(page)).speaking; i += 1) await finishUtterance(page);
  const question = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
  const answers = (await page.getByRole('group', { name: 'Answers' }).getByRole('button').allInnerTexts()).map((text) =>
    text.replace(/\s+/g, ' ').trim(),
  );
  const spokenOnCheck = (await speechLog(page)).utterances.map((u) => u.text);
  expect(spokenOnCheck).toContain(question);
  expect(spokenOnCheck).toEqual(expect.arrayContaining(answers));

  await page.getByRole('button', { name: 'Home', exact: true }).click();
  await page.getByRole('button', { name: 'Questions to ask my doctor or nurse' }).click();
  const chosen = page.getByRole('main').getByRole('button', { pressed: false }).first();
  const questionText = (await chosen.innerText()).replace(/\s+/g, ' ').trim();
  await chosen.click();
  await page.getByRole('button', { name: /^See my list/ }).click();
  await expectScreen(page, 'finish');
  const before = (await speechLog(page)).utterances.length;
  await listen(page).click();
  for (let i = 0; i < 30 && (await speechLog(page)).speaking; i += 1) await finishUtterance(page);
  const spokenOnFinish = (await speechLog(page)).utterances.slice(before);
  expect(spokenOnFinish.map((u) => u.text)).toContain(questionText);
  expect(spokenOnFinish.every((u) => u.lang === 'en-GB' && u.voice === 'Local English')).toBe(true);
});

test("a clinic's recordings folder brings Listen to Somali, which has no voice here, and plays the page's own file", async ({
  page,
}) => {
  await installMediaLog(page);
  // The server serves tests/fixtures/recordings-folder as recordings/ (tests/playwright.config.ts).
  await firstPageIn(page, 'so', 'Soomaali');
  await expect(page.locator('article[data-page-id]')).toHaveAttribute('data-page-id', 'key-neuropathy');
  await listen(page, 'so').click();
  await expect(page.getByRole('button', { name: uiLabel('so', 'readAloud.pause'), exact: true })).toBeVisible();
  expect(await mediaLog(page)).toEqual(['play /recordings/so/key-neuropathy.mp3']);
  await page.getByRole('button', { name: uiLabel('so', 'readAloud.pause'), exact: true }).click();
  expect((await mediaLog(page)).at(-1)).toBe('pause /recordings/so/key-neuropathy.mp3');
  await page.getByRole('button', { name: uiLabel('so', 'readAloud.resume'), exact: true }).click();
  expect((await mediaLog(page)).at(-1)).toBe('play /recordings/so/key-neuropathy.mp3');
  await page.getByRole('button', { name: uiLabel('so', 'readAloud.stop'), exact: true }).click();
  await expect(listen(page, 'so')).toBeVisible();

  // The second page has its own recording; the third's file is not audio, so the server skipped it: no Listen.
  await page.getByRole('button', { name: uiLabel('so', 'nav.next'), exact: true }).click();
  await expect(page.locator('article[data-page-id]')).toHaveAttribute('data-page-id', 'key-b12');
  await listen(page, 'so').click();
  expect((await mediaLog(page)).at(-1)).toBe('play /recordings/so/key-b12.mp3');
  await page.getByRole('button', { name: uiLabel('so', 'nav.next'), exact: true }).click();
  await expect(page.locator('article[data-page-id]')).toHaveAttribute('data-page-id', 'key-signs');
  await expect(listen(page, 'so')).toHaveCount(0);
  expect((await speechLog(page)).utterances, 'no voice ever spoke').toEqual([]);
});

test('a recording wins over a local voice on its page; the voice reads the pages without one', async ({ page }) => {
  await installSpeechStub(page, [...VOICES, { name: 'Local Somali', lang: 'so-SO', localService: true }]);
  await installMediaLog(page);
  await firstPageIn(page, 'so', 'Soomaali');
  await listen(page, 'so').click();
  expect(await mediaLog(page)).toEqual(['play /recordings/so/key-neuropathy.mp3']);
  expect((await speechLog(page)).utterances).toEqual([]);
  await page.getByRole('button', { name: uiLabel('so', 'nav.next'), exact: true }).click();
  await page.getByRole('button', { name: uiLabel('so', 'nav.next'), exact: true }).click();
  await expect(page.locator('article[data-page-id]')).toHaveAttribute('data-page-id', 'key-signs');
  await listen(page, 'so').click();
  expect((await speechLog(page)).utterances[0]).toMatchObject({ voice: 'Local Somali', lang: 'so-SO' });
  // Leaving the recorded page stopped its recording; nothing else was played.
  expect(await mediaLog(page)).toEqual([
    'play /recordings/so/key-neuropathy.mp3',
    'pause /recordings/so/key-neuropathy.mp3',
  ]);
});

test('a recording honours Say that again, Slower, volume, Pause and Resume', async ({ page }) => {
  await installMediaLog(page);
  await firstPageIn(page, 'so', 'Soomaali');
  await listen(page, 'so').click();
  const so = (key: Parameters<typeof uiLabel>[1]) =>
    page.getByRole('button', { name: uiLabel('so', key), exact: true });
  await expect.poll(async () => (await mediaState(page))?.paused).toBe(false);
  expect(await mediaState(page)).toMatchObject({ playbackRate: 1, volume: 0.75 });

  await seekMedia(page, 15);
  await so('readAloud.repeatPart').click();
  // Ten seconds back (it plays on, so a little later than 5 s by the time it is read).
  await expect.poll(async () => (await mediaState(page))?.currentTime ?? 0).toBeGreaterThanOrEqual(5);
  expect((await mediaState(page))?.currentTime).toBeLessThan(9);

  await so('readAloud.slower').click();
  await so('readAloud.louder').click();
  expect(await mediaState(page)).toMatchObject({ playbackRate: 0.8, preservesPitch: true, volume: 1 });

  await so('readAloud.pause').click();
  await expect.poll(async () => (await mediaState(page))?.paused).toBe(true);
  const pausedAt = (await mediaState(page))?.currentTime ?? 0;
  await so('readAloud.quieter').click();
  await so('readAloud.resume').click();
  const resumed = await mediaState(page);
  expect(resumed).toMatchObject({ paused: false, volume: 0.75, playbackRate: 0.8 });
  expect(resumed?.currentTime).toBeGreaterThanOrEqual(pausedAt);
});

test('a recording that will not play is read by the local voice instead: Listen never ends in silence', async ({
  page,
}) => {
  await installSpeechStub(page, [...VOICES, { name: 'Local Somali', lang: 'so-SO', localService: true }]);
  await installMediaLog(page);
  await page.route('**/recordings/so/key-neuropathy.mp3', (route) =>
    route.fulfill({ body: 'damaged after start', contentType: 'audio/mpeg' }),
  );
  await firstPageIn(page, 'so', 'Soomaali');
  await listen(page, 'so').click();
  await expect.poll(async () => (await speechLog(page)).utterances.length).toBeGreaterThan(0);
  const log = await speechLog(page);
  expect(log.utterances[0]).toMatchObject({ voice: 'Local Somali', lang: 'so-SO' });
  expect(log.utterances[0]?.text).toBe(
    (await page.locator('main .patient-frame__eyebrow').innerText()).replace(/\s+/g, ' ').trim(),
  );
  await expect(page.getByRole('button', { name: uiLabel('so', 'readAloud.pause'), exact: true })).toBeVisible();
});

test("the next patient starts fresh: text size, contrast and volume go back to the clinic's defaults with the idle reset", async ({
  page,
}) => {
  await page.clock.install();
  await firstPageIn(page, 'en', 'English');
  await page.getByRole('button', { name: 'High contrast', exact: true }).click();
  await page.getByRole('button', { name: 'Larger text', exact: true }).click();
  await listen(page).click();
  await page.getByRole('button', { name: 'Louder', exact: true }).click();
  await expect(page.getByText('Volume 4 of 4')).toBeVisible();
  await page.getByRole('button', { name: 'Stop', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'high-contrast');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'larger');

  await page.clock.runFor(QUIET_MS + WARNING_MS + 1_000);
  await expectScreen(page, 'attract');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'high-contrast');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', DEFAULT_SETTINGS.display.defaultTextSize);

  await page.getByRole('button', { name: 'Touch to start', exact: true }).click();
  await page
    .getByRole('main')
    .getByRole('button', { name: exactly('English') })
    .click();
  await page.getByRole('button', { name: /^Start here/ }).click();
  await listen(page).click();
  await expect(page.getByText('Volume 3 of 4')).toBeVisible();
});
