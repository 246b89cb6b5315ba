import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { printerChoices, type SystemPrinter } from '../../../../core/print/printDecision';
import { getHost } from '../../../host';
import { useSettings } from '../../../settings/settingsStore';
import { LockNote } from '../controls/LockNote';
import { useIsLocked, useSaveSettings } from '../useSaveSettings';

/** Which printer the list goes to: the system's default, or one of the system's printers (Electron only). */
export function PrinterChoice() {
  const { t } = useTranslation();
  const wanted = useSettings((s) => s.settings.takeHome.printer);
  const locked = useIsLocked('takeHome.printer');
  const save = useSaveSettings();
  const [printers, setPrinters] = useState<SystemPrinter[] | 'failed' | null>(null);
  // Each search is numbered, so "Look for printers again" restarts it and a late answer never wins.
  const [search, setSearch] = useState(0);
  const label = t('staff.takeHome.printer');

  useEffect(() => {
    let current = true;
    getHost()
      .listPrinters()
      .then((result) => current && setPrinters(result.printers))
      .catch(() => current && setPrinters('failed'));
    return () => {
      current = false;
    };
  }, [search]);
  const refresh = () => {
    setPrinters(null);
    setSearch((n) => n + 1);
  };

  const choose = (name: string, shown: string) =>
    void save({ takeHome: { printer: name } }, t('staff.changes.setTo', { setting: label, value: shown }));
  const systemDefault = t('staff.takeHome.systemDefault');

  return (
    <div className="staff-setting" role="group" aria-labelledby="staff-printer-label">
      <span className="staff-setting__label" id="staff-printer-label">
        {label}
      </span>
      {locked ? <LockNote /> : null}
      <div className="staff-choice">
        <button
          type="button"
          className="button"
          aria-pressed={wanted === ''}
          disabled={locked}
          onClick={() => choose('', systemDefault)}
        >
          {systemDefault}
        </button>
        {printers !== null && printers !== 'failed'
          ? printerChoices(wanted, printers).map((printer) => (
              <button
                key={printer.name}
                type="button"
                className="button"
                aria-pressed={wanted === printer.name}
                disabled={locked}
                onClick={() => choose(printer.name, printer.label)}
              >
                {printer.present ? printer.label : t('staff.takeHome.printerGone', { printer: printer.label })}
              </button>
            ))
          : null}
        <button type="button" className="button" onClick={refresh}>
          {t('staff.takeHome.findPrinters')}
        </button>
      </div>
      <p className="staff-setting__hint" role="status">
        {printers === null
          ? t('staff.takeHome.findingPrinters')
          : printers === 'failed'
            ? t('staff.takeHome.printersFailed')
            : printers.length === 0
              ? t('staff.takeHome.noPrinters')
              : ''}
      </p>
    </div>
  );
}
