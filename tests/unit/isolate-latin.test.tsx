/** Latin terms in right-to-left text are isolated with <bdi>; other text is untouched. */
import { renderToStaticMarkup } from 'react-dom/server';
import { expect, test } from 'vitest';
import { bidiText } from '../../renderer/platform/i18n/isolateLatin';

const html = (node: ReturnType<typeof bidiText>) => renderToStaticMarkup(<>{node}</>);

test('wraps each Latin run in Persian text, keeping the words around it', () => {
  expect(html(bidiText('متیل‌مالونیک اسید (MMA). ویتامین B12 و NICE NG239:', 'rtl'))).toBe(
    'متیل‌مالونیک اسید (<bdi>MMA</bdi>). ویتامین <bdi>B12</bdi> و <bdi>NICE NG239</bdi>:',
  );
});

test('leaves left-to-right text and text without Latin letters alone', () => {
  expect(bidiText('Vitamin B12', 'ltr')).toBe('Vitamin B12');
  expect(bidiText('الخطوة 1 من 39', 'rtl')).toBe('الخطوة 1 من 39');
});
