import { useTranslation } from 'react-i18next';
import { LockNote } from './LockNote';

interface StepperProps {
  id: string;
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  /** How the value reads, e.g. "90 seconds". */
  format(value: number): string;
  onChange(next: number): void;
  locked?: boolean;
}

/** A number chosen with − and + only: no typing, and never outside the safe limits. */
export function Stepper({ id, label, value, min, max, step, format, onChange, locked = false }: StepperProps) {
  const { t } = useTranslation();
  const clamp = (next: number) => Math.min(max, Math.max(min, next));
  return (
    <div className="staff-setting" role="group" aria-labelledby={`${id}-label`}>
      <span className="staff-setting__label" id={`${id}-label`}>
        {label}
      </span>
      <div className="staff-stepper">
        <button
          type="button"
          className="button staff-stepper__button"
          aria-label={t('staff.decrease', { label })}
          disabled={locked || value <= min}
          onClick={() => onChange(clamp(value - step))}
        >
          −
        </button>
        <output className="staff-stepper__value" id={`${id}-value`} aria-live="polite">
          {format(value)}
        </output>
        <button
          type="button"
          className="button staff-stepper__button"
          aria-label={t('staff.increase', { label })}
          disabled={locked || value >= max}
          onClick={() => onChange(clamp(value + step))}
        >
          +
        </button>
      </div>
      {locked ? <LockNote /> : null}
    </div>
  );
}
