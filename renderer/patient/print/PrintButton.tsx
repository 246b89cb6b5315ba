import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { createLogger } from '../../../core/log/logger';
import { getHost } from '../../host';
import { PrintableList, type PrintableListProps } from './PrintableList';

const log = createLogger('print');

type PrintState = 'idle' | 'printing' | 'printed' | 'failed';

interface PrintButtonProps extends PrintableListProps {
  /** Shown when printing fails (the QR code), unless the screen already shows it. */
  fallback?: ReactNode;
}

/**
 * "Print my list" and the sheet it prints. Only mount it where staff switched printing on.
 * A failure (no printer, out of paper) gives a calm message and the fallback, and is logged.
 */
export function PrintButton({ fallback, ...sheet }: PrintButtonProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<PrintState>('idle');

  const print = async () => {
    setState('printing');
    try {
      const result = await getHost().printList();
      if (result.ok) return setState('printed');
      log.warn(`the take-home list was not printed: ${result.problem ?? 'no reason given'}`);
    } catch (error) {
      log.error('printing the take-home list failed', error);
    }
    setState('failed');
  };

  return (
    <div className="finish__print">
      <button
        type="button"
        className="button button--large"
        disabled={state === 'printing'}
        onClick={() => void print()}
      >
        {state === 'printing' ? t('journey.finish.printing') : t('journey.finish.print')}
      </button>
      <p className="finish__print-status" role="status">
        {state === 'printed' ? t('journey.finish.printed') : state === 'failed' ? t('journey.finish.printFailed') : ''}
      </p>
      {state === 'failed' ? fallback : null}
      <PrintableList {...sheet} />
    </div>
  );
}
