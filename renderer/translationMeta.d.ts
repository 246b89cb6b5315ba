declare module 'virtual:kiosk-translation-meta' {
  import type { MetaByCode } from '../core/i18n/provenance';
  /** Every locales/<code>/meta.json that passed the provenance schema at build time. */
  const meta: MetaByCode;
  export default meta;
}
