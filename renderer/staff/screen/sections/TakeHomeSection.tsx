import { useTranslation } from 'react-i18next';
import { useSettings } from '../../../settings/settingsStore';
import { Switch } from '../controls/Switch';
import { useCapabilities } from '../../../host/appInfo';
import { useIsLocked, useSaveSettings } from '../useSaveSettings';
import { HeadingSettings } from './HeadingSettings';
import { PrinterChoice } from './PrinterChoice';

/** How patients take their question list home: the QR code, its heading per language, and printing. */
export function TakeHomeSection() {
  const { t } = useTranslation();
  const takeHome = useSettings((s) => s.settings.takeHome);
  const save = useSaveSettings();
  const capabilities = useCapabilities();
  const onOff = (on: boolean) => (on ? t('staff.on') : t('staff.off'));
  const qrLabel = t('staff.display.qr');
  const printLabel = t('staff.takeHome.print');
  return (
    <section className="staff-section" aria-labelledby="staff-take-home-heading">
      <h2 id="staff-take-home-heading" className="staff-section__heading">
        {t('staff.takeHome.heading')}
      </h2>
      <Switch
        id="staff-qr"
        label={qrLabel}
        checked={takeHome.qrEnabled}
        locked={useIsLocked('takeHome.qrEnabled')}
        onChange={(next) =>
          void save(
            { takeHome: { qrEnabled: next } },
            t('staff.changes.setTo', { setting: qrLabel, value: onOff(next) }),
          )
        }
      />
      <Switch
        id="staff-print"
        label={printLabel}
        hint={t('staff.takeHome.printHint')}
        checked={takeHome.printEnabled}
        locked={useIsLocked('takeHome.printEnabled')}
        onChange={(next) =>
          void save(
            { takeHome: { printEnabled: next } },
            t('staff.changes.setTo', { setting: printLabel, value: onOff(next) }),
          )
        }
      />
      {takeHome.printEnabled && capabilities?.canPrint ? <PrinterChoice /> : null}
      {takeHome.printEnabled && capabilities && !capabilities.canPrint ? (
        <p className="staff-note">{t('staff.takeHome.browserPrinting')}</p>
      ) : null}
      <HeadingSettings />
    </section>
  );
}
