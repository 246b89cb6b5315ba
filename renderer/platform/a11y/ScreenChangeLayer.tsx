import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../session/navigation';
import './screenChange.css';

/**
 * Global layer for keypad and screen-reader users: on every route change
 * (a new screen, or a new page of the same screen) focus moves to the new
 * `<h1>`, and a polite live region announces where the patient now is
 * ("Step 3 of 9: What is B12?").
 */
export function ScreenChangeLayer() {
  const { t } = useTranslation();
  const route = useNavigation((s) => s.route);
  const [announcement, setAnnouncement] = useState('');
  const first = useRef(true);
  const routeKey = JSON.stringify(route);

  useEffect(() => {
    if (first.current) {
      // The app has just started: nothing has changed for anyone yet.
      first.current = false;
      return;
    }
    // After the new screen has committed and painted its heading.
    const frame = requestAnimationFrame(() => {
      const heading = document.querySelector<HTMLElement>('main h1') ?? document.querySelector<HTMLElement>('h1');
      if (!heading) return;
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
      // Not while a dialog (idle warning, language) holds focus.
      if (!document.querySelector('dialog[open]')) heading.focus({ preventScroll: true });
      const title = heading.innerText.trim();
      const progress = document.querySelector<HTMLElement>('main .progress__text')?.innerText.trim();
      setAnnouncement(progress ? t('a11y.pageChanged', { progress, title }) : title);
    });
    return () => cancelAnimationFrame(frame);
  }, [routeKey, t]);

  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {announcement}
    </div>
  );
}
