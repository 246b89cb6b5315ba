import QRCode from 'qrcode';
import { CONTENT, guidedPath } from '../../core/content';
import { TAKE_HOME_QR_OPTIONS, takeHomeText } from '../../renderer/patient/finish/takeHomeText';
import { expect, test } from './support/fixtures';
import { answerAll, expectScreen, guidedToQuestions, readToCheck, startInEnglish, swipe } from './support/journey';

test.use({ hasTouch: true });

// Each test starts a fresh kiosk and taps through it; shared CI machines can be slow.
test.describe.configure({ timeout: 180_000 });

test.describe('patient journey', () => {
  test('guided path by touch: attract to finish through every page, the check and the question list', async ({
    page,
  }) => {
    test.setTimeout(300_000); // about fifty taps on a busy CI machine
    await startInEnglish(page);
    await page.getByRole('button', { name: /^Start here/ }).tap();
    await expectScreen(page, 'page');
    const total = guidedPath().length;
    await expect(page.getByText(`Step 1 of ${total}`, { exact: true })).toBeVisible();
    await expect(page.getByText(/^Topic 1 of \d+: What is neuropathy\?$/)).toBeVisible();

    for (let step = 1; step < total; step += 1) {
      await page.getByRole('button', { name: 'Next', exact: true }).tap();
      await expect(page.getByText(`Step ${step + 1} of ${total}`, { exact: true })).toBeVisible();
    }
    // Screen readers hear each step: the screen-change layer's polite status region reads the progress text.
    await expect(page.getByRole('status').filter({ hasText: `Step ${total} of ${total}` })).toHaveAttribute(
      'aria-live',
      'polite',
    );
    await page.getByRole('button', { name: 'Check what you learned' }).tap();
    await expectScreen(page, 'check');
    await expect(page.getByText(`Question 1 of ${CONTENT.guidedCheck.length}`)).toBeVisible();
    expect(await answerAll(page, 'Make my question list')).toBe(CONTENT.guidedCheck.length);

    await expectScreen(page, 'questions');
    await page.getByRole('button', { name: 'Should I have my B12 checked?' }).tap();
    await page.getByRole('button', { name: 'See my list' }).tap();
    await expectScreen(page, 'finish');
    await expect(page.getByRole('listitem').filter({ hasText: 'Should I have my B12 checked?' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Things to remember' })).toBeVisible();

    await page.getByRole('button', { name: 'Start again' }).tap();
    await expectScreen(page, 'attract');
  });

  test('jumping in from the menu walks one topic, asks its questions, then returns to the menu', async ({ page }) => {
    await startInEnglish(page);
    const topic = CONTENT.topics.find((t) => t.id === 'get-help');
    if (!topic) throw new Error('content lost its get-help topic');
    await page.getByRole('button', { name: /^When to get help/ }).click();
    await expectScreen(page, 'page');
    const seen = await readToCheck(page);
    expect(seen).toEqual(topic.pages.map((_, i) => `Step ${i + 1} of ${topic.pages.length}`));
    expect(await answerAll(page, 'Back to the topics')).toBe(topic.questions.length);
    await expectScreen(page, 'topics');
  });

  test('swiping a page forward and back with a finger', async ({ page }) => {
    await startInEnglish(page);
    await page.getByRole('button', { name: /^Start here/ }).tap();
    const total = guidedPath().length;
    const body = page.locator('article');
    const box = await body.boundingBox();
    if (!box) throw new Error('page body not laid out');
    const from = { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 200) };

    await swipe(page, from, -300);
    await expect(page.getByText(`Step 2 of ${total}`, { exact: true })).toBeVisible();
    await swipe(page, from, 300);
    await expect(page.getByText(`Step 1 of ${total}`, { exact: true })).toBeVisible();
    // A short drag is not a swipe.
    await swipe(page, from, -40);
    await expect(page.getByText(`Step 1 of ${total}`, { exact: true })).toBeVisible();
  });

  test('teach-back: right and wrong answers each explain the right answer, with no score', async ({ page }) => {
    await startInEnglish(page);
    await page.getByRole('button', { name: /^Who runs low on B12/ }).click();
    await readToCheck(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who is more likely to run low on B12?');

    const wrong = page.getByRole('button', { name: 'Someone who has eggs and milk each day' });
    await wrong.click();
    await expect(wrong).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByText(/^Not quite\./)).toBeVisible();

    const right = page.getByRole('button', { name: 'Someone aged 75 or older' });
    await right.click();
    await expect(right).toHaveAttribute('aria-pressed', 'true');
    await expect(wrong).toHaveAttribute('aria-pressed', 'false');
    await expect(page.getByText(/^Yes, that's right\./)).toBeVisible();
    await expect(page.getByText(/^Not quite\./)).toHaveCount(0);

    await page.getByRole('button', { name: 'Next question' }).click();
    await page.getByRole('button', { name: /Stop taking metformin/ }).click();
    await expect(page.getByText(/Please do not stop on your own/)).toBeVisible();
    await expect(page.getByText('Thank you. You answered 2 questions.')).toBeVisible();
    await expect(page.locator('body')).not.toContainText(/wrong|score|\d+\s*\/\s*\d+/i);
  });

  test('building the question list shows it large with a QR code of exactly that list', async ({ page }) => {
    test.setTimeout(300_000);
    await startInEnglish(page);
    await guidedToQuestions(page);
    const picks = [
      'Could any of my medicines lower my B12?',
      'How should I look after my feet?',
      'Should I tell you about the vitamins I take?',
    ];
    for (const pick of picks) await page.getByRole('button', { name: pick }).click();
    await expect(page.getByText('3 questions on your list.')).toBeVisible();
    const feet = page.getByRole('button', { name: 'How should I look after my feet?' });
    await feet.click();
    await expect(feet).toHaveAttribute('aria-pressed', 'false');
    await feet.click();
    await expect(feet).toHaveAttribute('aria-pressed', 'true');
    // Taking one off and putting it back moves it to the end of the list.
    const expected = [picks[0], picks[2], picks[1]] as string[];

    await page.getByRole('button', { name: 'See my list' }).click();
    await expectScreen(page, 'finish');
    await expect(page.getByRole('list').filter({ hasText: picks[0] }).getByRole('listitem')).toHaveText(expected);

    const qr = page.getByRole('img', { name: 'QR code with your list of questions' });
    await expect(qr).toBeVisible();
    const heading = 'My questions for my clinician';
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    const svg = await QRCode.toString(takeHomeText(heading, expected), TAKE_HOME_QR_OPTIONS);
    expect(await qr.getAttribute('src')).toBe(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
  });

  test('about page shows sources, the review date and status, and the disclaimer, without links', async ({ page }) => {
    await startInEnglish(page);
    await page.getByRole('button', { name: 'About this information' }).click();
    await expectScreen(page, 'about');
    await expect(page.getByRole('heading', { level: 1, name: 'About this information' })).toBeVisible();
    await expect(page.getByText(/not yet been checked by a health professional/)).toBeVisible();
    await expect(page.getByText('Next review due: November 23, 2026')).toBeVisible();
    await expect(page.getByText(/not medical advice/)).toBeVisible();
    for (const source of CONTENT.sources)
      await expect(page.getByText(`${source.publisher}, ${source.year}`).first()).toBeVisible();
    await expect(page.getByRole('link')).toHaveCount(0);
  });
});
