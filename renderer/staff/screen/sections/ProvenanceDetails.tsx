import { useTranslation } from 'react-i18next';
import type { ShippedMeta } from '../../../../core/i18n/provenance';

/** A translation's full provenance: who or what made it and how, and who reviewed it when. */
export function ProvenanceDetails({ id, meta }: { id: string; meta: ShippedMeta | null }) {
  const { t } = useTranslation();
  if (!meta) {
    return (
      <p id={id} className="staff-provenance">
        {t('staff.languages.statusMissing')}
      </p>
    );
  }
  return (
    <dl id={id} className="staff-provenance">
      <dt>{t('staff.languages.provenance.producer')}</dt>
      <dd>
        {meta.producer.name} ({t(`staff.languages.provenance.kinds.${meta.producer.kind}`)})
      </dd>
      <dt>{t('staff.languages.provenance.method')}</dt>
      <dd lang="en">{meta.producer.method}</dd>
      <dt>{t('staff.languages.provenance.reviewer')}</dt>
      <dd>
        {meta.reviewer && meta.reviewedOn
          ? t('staff.languages.statusReviewed', { reviewer: meta.reviewer, date: meta.reviewedOn })
          : t('staff.languages.provenance.notReviewed')}
      </dd>
      <dt>{t('staff.languages.provenance.contentReviewed')}</dt>
      <dd>{meta.contentReviewDate}</dd>
    </dl>
  );
}
