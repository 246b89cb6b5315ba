import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LanguageProfile } from '../../../../core/i18n/languageProfiles';
import { ProvenanceDetails } from './ProvenanceDetails';

/** What one row of the staff language list shows and allows. */
export interface LanguageRowState {
  /** The language, its font and its translation's provenance and status. */
  info: LanguageProfile;
  on: boolean;
  isDefault: boolean;
  /** On, but hidden from patients because it is a draft and only reviewed ones are offered. */
  hiddenAsDraft: boolean;
  canMoveUp: boolean;
  canMoveDown: boolean;
  /** Why the switch cannot be used, if it cannot. */
  switchBlockedBy: string | null;
  locked: { offered: boolean; default: boolean };
}

interface LanguageRowProps extends LanguageRowState {
  onToggle(): void;
  onMove(by: -1 | 1): void;
  onMakeDefault(): void;
  onPreview(): void;
}

export const moveButtonId = (code: string, by: -1 | 1) => `staff-lang-${code}-${by < 0 ? 'up' : 'down'}`;

/**
 * One language at a glance: its names (a tap previews it), Default, a compact draft/reviewed
 * badge whose tap shows the full provenance, on/off, ↑ ↓ and "Make default".
 */
export function LanguageRow(props: LanguageRowProps) {
  const { t } = useTranslation();
  const { info, on, isDefault } = props;
  const [details, setDetails] = useState(false);
  const name = info.englishName;
  const noteId = `staff-lang-${info.code}-note`;
  const detailsId = `staff-lang-${info.code}-details`;
  const status = t(`staff.languages.status.${info.status}`);
  const note = [props.hiddenAsDraft ? t('staff.languages.hiddenDraft') : null, props.switchBlockedBy]
    .filter(Boolean)
    .join(' ');
  return (
    <li className={`staff-language${on ? '' : ' staff-language--off'}`}>
      <div className="staff-language__names">
        <button
          type="button"
          className="button staff-language__preview"
          aria-label={t('staff.languages.preview', { language: name })}
          onClick={props.onPreview}
        >
          <span className="staff-language__endonym" lang={info.code} dir={info.dir} data-script={info.script}>
            {info.endonym}
          </span>
          {info.endonym === name ? null : <span className="staff-language__english">{name}</span>}
        </button>
        {isDefault ? <span className="staff-language__badge">{t('staff.languages.defaultBadge')}</span> : null}
        <button
          type="button"
          className={`button staff-status staff-status--${info.status}`}
          aria-expanded={details}
          aria-controls={details ? detailsId : undefined}
          aria-label={t('staff.languages.statusButton', { status, language: name })}
          onClick={() => setDetails(!details)}
        >
          {status}
        </button>
      </div>
      <div className="staff-language__controls">
        <button
          type="button"
          role="switch"
          aria-checked={on}
          aria-label={t('staff.languages.offerSwitch', { language: name })}
          aria-describedby={note ? noteId : undefined}
          className="staff-switch"
          disabled={props.switchBlockedBy !== null || props.locked.offered}
          onClick={props.onToggle}
        >
          <span className="staff-switch__track" aria-hidden="true">
            <span className="staff-switch__thumb" />
          </span>
          <span className="staff-switch__state">{on ? t('staff.on') : t('staff.off')}</span>
        </button>
        {([-1, 1] as const).map((by) => (
          <button
            key={by}
            id={moveButtonId(info.code, by)}
            type="button"
            className="button staff-language__move"
            aria-label={t(by < 0 ? 'staff.languages.moveUp' : 'staff.languages.moveDown', { language: name })}
            disabled={(by < 0 ? !props.canMoveUp : !props.canMoveDown) || props.locked.offered}
            onClick={() => props.onMove(by)}
          >
            {by < 0 ? '↑' : '↓'}
          </button>
        ))}
        <button
          type="button"
          className="button staff-language__default"
          aria-label={t('staff.languages.makeDefault', { language: name })}
          disabled={!on || isDefault || props.locked.default}
          onClick={props.onMakeDefault}
        >
          {t('staff.languages.makeDefaultShort')}
        </button>
      </div>
      {note ? (
        <p className="staff-language__note" id={noteId}>
          {note}
        </p>
      ) : null}
      {details ? <ProvenanceDetails id={detailsId} meta={info.meta} /> : null}
    </li>
  );
}
