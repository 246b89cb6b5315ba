import { useTranslation } from 'react-i18next';
import { focusByArrowKeys } from '../../platform/a11y/arrowKeys';
import { TEXT_SIZES, type TextSize } from '../../../core/settings/schema';
import { TEXT_SCALE, useDisplayPreferences, useTextSize } from './displayPreferences';

interface DisplayOptionsProps {
  /** Called after a size is chosen, e.g. to move focus when the toolbar changes shape. */
  onSizeChosen?: (size: TextSize) => void;
}

/** Four "A" buttons from small to big, and the contrast switch. Names come from the current language. */
export function DisplayOptions({ onSizeChosen }: DisplayOptionsProps) {
  const { t } = useTranslation();
  const size = useTextSize();
  const theme = useDisplayPreferences((s) => s.theme);
  const { chooseTextSize, toggleTheme } = useDisplayPreferences.getState();
  return (
    <>
      <div
        className="display-options__sizes"
        role="group"
        aria-label={t('display.textSize')}
        onKeyDown={focusByArrowKeys}
      >
        {TEXT_SIZES.map((option) => (
          <button
            key={option}
            type="button"
            className="button display-options__size"
            aria-pressed={size === option}
            aria-label={t(`display.sizes.${option}`)}
            onClick={() => {
              chooseTextSize(option);
              onSizeChosen?.(option);
            }}
          >
            {/* The glyph grows with the size it picks, so the choice reads without words. */}
            <span aria-hidden="true" style={{ fontSize: `${0.7 + (TEXT_SCALE[option] - 1) * 0.9}em` }}>
              A
            </span>
          </button>
        ))}
      </div>
      <button
        type="button"
        className="button display-options__contrast"
        aria-pressed={theme === 'high-contrast'}
        aria-label={t('display.contrast')}
        onClick={toggleTheme}
      >
        <ContrastIcon />
      </button>
    </>
  );
}

/** A half-filled circle: the usual sign for contrast. Decorative; the button is named. */
function ContrastIcon() {
  return (
    <svg viewBox="0 0 24 24" width="1.3em" height="1.3em" aria-hidden focusable={false}>
      <circle cx="12" cy="12" r="9.5" fill="none" stroke="currentColor" strokeWidth={2.5} />
      <path d="M12 2.5a9.5 9.5 0 0 1 0 19z" fill="currentColor" />
    </svg>
  );
}
