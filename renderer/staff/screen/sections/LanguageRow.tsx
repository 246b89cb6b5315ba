import { useTranslation } from 'react-i18next';
import type { LanguageProfile } from '../../../../core/i18n/languageProfiles';
import type { ShippedMeta } from '../../../../core/i18n/provenance';

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
}

function useStatusText(meta: ShippedMeta | null): string {
  const { t } = useTranslation();
  if (!meta) return t('staff.languages.statusMissing');
  const unknown = t('staff.languages.unknownPerson');
  if (meta.status === 'reviewed')
    return t('staff.languages.statusReviewed', {
      reviewer: meta.reviewer ?? unknown,
      date: meta.reviewedOn ?? unknown,
    });
  return t('staff.languages.statusDraft', { translator: meta.producer.name });
}

/** One language: its names, translation status, on/off, order and default. */
export function LanguageRow(props: LanguageRowProps) {
  const { t } = useTranslation();
  const { info, on, isDefault } = props;
  const name = info.englishName;
  const status = useStatusText(info.meta);
  const hintId = `staff-lang-${info.code}-hint`;
  return (
    <li className={`staff-language${on ? '' : ' staff-language--off'}`}>
      <div className="staff-language__names">
        <span className="staff-language__endonym" lang={info.code} dir={info.dir} data-script={info.script}>
          {info.endonym}
        </span>
        {info.endonym === name ? null : <span className="staff-language__english">{name}</span>}
        {isDefault ? <span className="staff-language__badge">{t('staff.languages.isDefault')}</span> : null}
      </div>
      <p className={`staff-language__status staff-language__status--${info.status}`} id={hintId}>
        {status}
        {props.hiddenAsDraft ? (
          <>
            <br />
            {t('staff.languages.hiddenDraft')}
          </>
        ) : null}
        {props.switchBlockedBy ? (
          <>
            <br />
            {props.switchBlockedBy}
          </>
        ) : null}
      </p>
      <div className="staff-language__controls">
        <button
          type="button"
          role="switch"
          aria-checked={on}
          aria-label={t('staff.languages.offerSwitch', { language: name })}
          aria-describedby={hintId}
          className="staff-switch"
          disabled={props.switchBlockedBy !== null || props.locked.offered}
          onClick={props.onToggle}
        >
          <span className="staff-switch__track" aria-hidden="true">
            <span className="staff-switch__thumb" />
          </span>
          <span className="staff-switch__state">{on ? t('staff.on') : t('staff.off')}</span>
        </button>
        <button
          type="button"
          className="button staff-language__move"
          aria-label={t('staff.languages.moveUp', { language: name })}
          disabled={!props.canMoveUp || props.locked.offered}
          onClick={() => props.onMove(-1)}
        >
          ↑
        </button>
        <button
          type="button"
          className="button staff-language__move"
          aria-label={t('staff.languages.moveDown', { language: name })}
          disabled={!props.canMoveDown || props.locked.offered}
          onClick={() => props.onMove(1)}
        >
          ↓
        </button>
        <button
          type="button"
          className="button staff-language__default"
          aria-label={t('staff.languages.makeDefault', { language: name })}
          disabled={!on || isDefault || props.locked.default}
          onClick={props.onMakeDefault}
        >
          {t('staff.languages.isDefault')}
        </button>
      </div>
    </li>
  );
}
