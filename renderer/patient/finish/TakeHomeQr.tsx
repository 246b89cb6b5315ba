import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { takeHomeQrDataUrl } from './takeHomeText';
import { createLogger } from '../../../core/log/logger';

const log = createLogger('take-home');

/** A QR code of the list's text, drawn in the page (no network); shows nothing until it is ready. */
export function TakeHomeQr({ heading, text }: { heading: string; text: string }) {
  const { t } = useTranslation();
  const [image, setImage] = useState<{ text: string; url: string } | null>(null);

  useEffect(() => {
    let current = true;
    // Only once the finish screen is painted: the list shows first, the code a moment later.
    const frame = requestAnimationFrame(() =>
      setTimeout(() => {
        if (!current) return;
        takeHomeQrDataUrl(text)
          .then((url) => {
            if (current) setImage({ text, url });
          })
          .catch((error: unknown) => log.error('could not draw the take-home QR code', error));
      }, 0),
    );
    return () => {
      current = false;
      cancelAnimationFrame(frame);
    };
  }, [text]);

  return (
    <section className="finish__qr" aria-labelledby="finish-qr-heading">
      <h2 id="finish-qr-heading">{heading}</h2>
      <p>{t('journey.finish.qrHint')}</p>
      {image && image.text === text ? (
        <img className="finish__qr-image" src={image.url} alt={t('journey.finish.qrAlt')} />
      ) : null}
    </section>
  );
}
