import type { QRCodeToStringOptionsOther } from 'qrcode';

// What the take-home QR code holds and how it is drawn. Pure, so a test can build the
// same text and the same SVG independently (SVG output is identical in Node and in the browser).

/** The heading and the patient's questions as plain numbered lines, in the language they were read in. */
export function takeHomeText(heading: string, questions: readonly string[]): string {
  return [heading, ...questions.map((question, index) => `${index + 1}. ${question}`)].join('\n');
}

/** Medium error correction survives a smudged phone screen; the standard quiet zone helps older cameras. */
export const TAKE_HOME_QR_OPTIONS: QRCodeToStringOptionsOther = {
  type: 'svg',
  errorCorrectionLevel: 'M',
  margin: 4,
  color: { dark: '#000000', light: '#ffffff' },
};

/** The QR code as an SVG data URL, made locally (no network). The encoder is its own chunk, fetched on first use. */
export async function takeHomeQrDataUrl(text: string): Promise<string> {
  const { default: QRCode } = await import('qrcode');
  const svg = await QRCode.toString(text, TAKE_HOME_QR_OPTIONS);
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
