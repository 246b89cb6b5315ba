import QRCode from 'qrcode';
import { CONTENT, topicById } from '../../core/content';
import { TAKE_HOME_QR_OPTIONS, takeHomeText } from '../../renderer/patient/finish/takeHomeText';
import { expect, test } from './support/fixtures';
import {
  answerAll,
  expectScreen,
  guidedToQuestions,
  pageProgress,
  readToCheck,
  startInEnglish,
  swipe,
} from './support/journey';

test.use({ hasTouch: true });

// Each test starts a fresh kiosk and taps through it; shared CI machines can be slow.
test.describe.configure({ timeout: 180_000 });

const mustTopic = (id: string) => {
  const topic = topicById(id);
  if (!topic) throw new Error(`content lost its ${id} topic`);
  return topic;
};

test.describe('patient journey', () => {
  test('the short path by touch: key messages, a short check, the question list, the finish and Start again', async ({
    page,
  }) => {
    await startInEnglish(page);
    await expect(page.getByText('About 4 minutes')).toBeVisible();
    await page.getByRole('button', { name: /^Start here/ }).tap();
    await expectScreen(page, 'page');
    const { total } = await pageProgress(page);
    // One page per topic; at 1920×1080 and the default size each fits on one screen.
    expect(total).toBe(CONTENT.shortPath.length);
    expect(total).toBeGreaterThanOrEqual(8);
    expect(total).toBeLessThanOrEqual(12);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nerve damage has many causes');
    await expect(page.getByRole('button', { name: 'Learn more: What is neuropathy?' })).toBeVisible();

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
    expect(CONTENT.guidedCheck.length).toBeGreaterThanOrEqual(2);
    expect(CONTENT.guidedCheck.length).toBeLessThanOrEqual(4);
    expect(await answerAll(page, 'Make my question list')).toBe(CONTENT.guidedCheck.length);

    await expectScreen(page, 'questions');
    await page.getByRole('button', { name: 'Should I have my B12 checked?' }).tap();
    await page.getByRole('button', { name: 'See my list' }).tap();
    await expectScreen(page, 'finish');
    await expect(page.getByRole('listitem').filter({ hasText: 'Should I have my B12 checked?' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Things to remember' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Start again' })).toBeInViewport();

    await page.getByRole('button', { name: 'Start again' }).tap();
    await expectScreen(page, 'attract');
  });

  test('Learn more opens the whole topic, and its end comes back to the same short-path page', async ({ page }) => {
    await startInEnglish(page);
    await page.getByRole('button', { name: /^Start here/ }).click();
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('B12 keeps your nerves healthy');
    const before = await pageProgress(page);

    await page.getByRole('button', { name: 'Learn more: What B12 does for nerves' }).click();
    await expectScreen(page, 'page');
    const topic = mustTopic('b12-and-nerves');
    const seen = await readToCheck(page);
    expect(seen).toEqual(topic.pages.map((_, i) => `Step ${i + 1} of ${topic.pages.length}`));
    expect(await answerAll(page, 'Back to where I was')).toBe(topic.questions.length);

    await expectScreen(page, 'page');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('B12 keeps your nerves healthy');
    expect((await pageProgress(page)).text).toBe(before.text);
    // Back from here still walks the short path, not the topic just read.
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nerve damage has many causes');
  });

  test('a topic from the menu walks its pages, asks its questions, then returns to the menu', async ({ page }) => {
    await startInEnglish(page);
    const topic = mustTopic('get-help');
    await page.getByRole('button', { name: /^When to get help/ }).click();
    await expectScreen(page, 'page');
    await expect(page.getByText('Emergency', { exact: true })).toBeVisible();
    const seen = await readToCheck(page);
    expect(seen).toEqual(topic.pages.map((_, i) => `Step ${i + 1} of ${topic.pages.length}`));
    expect(await answerAll(page, 'Back to the topics')).toBe(topic.questions.length);
    await expectScreen(page, 'topics');
  });

  test('swiping a page forward and back with a finger', async ({ page }) => {
    await startInEnglish(page);
    await page.getByRole('button', { name: /^Start here/ }).tap();
    const { total } = await pageProgress(page);
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

  test('teach-back marks a wrong answer with a cross as "Your answer", then shows the right one with a tick', async ({
    page,
  }) => {
    await startInEnglish(page);
    await page.getByRole('button', { name: /^Who runs low on B12/ }).click();
    await readToCheck(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who is more likely to run low on B12?');

    await page.getByRole('button', { name: 'Someone who has eggs and milk each day' }).click();
    const mine = page.locator('.check__mark[data-chosen="true"]');
    await expect(mine).toHaveAttribute('data-mark', 'wrong');
    await expect(mine).toContainText('Your answer');
    await expect(mine).toContainText('Someone who has eggs and milk each day');
    await expect(mine.locator('.check__mark-icon svg path')).toHaveCount(2); // the cross's two strokes
    const right = page.locator('.check__mark[data-mark="right"]');
    await expect(right).toContainText('The right answer');
    await expect(right).toContainText('Someone aged 75 or older');
    await expect(page.getByText(/^Not quite\./)).toBeVisible();
    // The explanation and Next are on screen without scrolling.
    await expect(page.getByText(/^Not quite\./)).toBeInViewport();
    await expect(page.getByRole('button', { name: 'Next question' })).toBeInViewport();

    await page.getByRole('button', { name: 'Next question' }).click();
    await page.getByRole('button', { name: /Keep taking it, and ask about a B12 test/ }).click();
    const chosen = page.locator('.check__mark[data-chosen="true"]');
    await expect(chosen).toHaveAttribute('data-mark', 'right');
    await expect(page.locator('.check__mark')).toHaveCount(1);
    await expect(page.getByText(/^Yes, that's right\./)).toBeVisible();
    await expect(page.getByText('Thank you. You answered 2 questions.')).toBeVisible();
    await expect(page.locator('main')).not.toContainText(/score|\d+\s*\/\s*\d+|you got/i);
  });

  test('a wrong answer about the emergency signs offers the warning signs, one tap away', async ({ page }) => {
    await startInEnglish(page);
    await page.getByRole('button', { name: /^When to get help/ }).click();
    await readToCheck(page);
    await page.getByRole('button', { name: 'Rest and see if it goes away' }).click();
    await page.getByRole('button', { name: 'See the warning signs' }).click();
    await expectScreen(page, 'page');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Get help now');
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
    const heading = 'My questions for my doctor or nurse';
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    const svg = await QRCode.toString(takeHomeText(heading, expected), TAKE_HOME_QR_OPTIONS);
    expect(await qr.getAttribute('src')).toBe(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
  });

  test('about page: sources, review date and status, what awaits review, the disclaimer, no links', async ({
    page,
  }) => {
    await startInEnglish(page);
    await page.getByRole('button', { name: 'About this information' }).click();
    await expectScreen(page, 'about');
    await expect(page.getByRole('heading', { level: 1, name: 'About this information' })).toBeVisible();
    await expect(page.getByText(/not yet been checked by a health professional/)).toBeVisible();
    await expect(page.getByText('Next review due: June 1, 2027')).toBeVisible();
    const awaiting = page.getByRole('region', { name: 'Still waiting for a health professional to check' });
    await expect(awaiting.getByRole('listitem').first()).toHaveText('Get help now');
    await expect(awaiting.getByRole('listitem').filter({ hasText: 'Get help today' })).toHaveCount(1);
    await expect(page.getByText(/not medical advice/)).toBeVisible();
    for (const source of CONTENT.sources)
      await expect(page.getByText(`${source.publisher}, ${source.year}`).first()).toBeVisible();
    await expect(page.getByRole('link')).toHaveCount(0);
  });
});
