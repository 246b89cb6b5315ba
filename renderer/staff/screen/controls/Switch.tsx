import { useTranslation } from 'react-i18next';
import { LockNote } from './LockNote';

interface SwitchProps {
  label: string;
  checked: boolean;
  onChange(next: boolean): void;
  disabled?: boolean;
  locked?: boolean;
  /** Why it is disabled, read with the switch. */
  hint?: string | null;
  id: string;
}

/** An on/off switch: a real button with role="switch" and aria-checked, big enough to touch. */
export function Switch({ label, checked, onChange, disabled = false, locked = false, hint, id }: SwitchProps) {
  const { t } = useTranslation();
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="staff-setting">
      <span className="staff-setting__label" id={`${id}-label`}>
        {label}
      </span>
      <button
        type="button"
        role="switch"
        aria-checked={checked}
        aria-labelledby={`${id}-label`}
        aria-describedby={hintId}
        className="staff-switch"
        disabled={disabled || locked}
        onClick={() => onChange(!checked)}
      >
        <span className="staff-switch__track" aria-hidden="true">
          <span className="staff-switch__thumb" />
        </span>
        <span className="staff-switch__state">{checked ? t('staff.on') : t('staff.off')}</span>
      </button>
      {locked ? <LockNote /> : null}
      {hint ? (
        <p className="staff-setting__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}
