import { useEffect, useState } from 'react';
import type { HostKind } from '../../../core/host/contract';
import { getHost } from '../../host';

/** Electron or the browser host: a few staff actions differ (save dialog, quit). Null until known. */
export function useHostKind(): HostKind | null {
  const [kind, setKind] = useState<HostKind | null>(null);
  useEffect(() => {
    let cancelled = false;
    getHost()
      .getAppInfo()
      .then((info) => !cancelled && setKind(info.host))
      .catch(() => !cancelled && setKind('browser'));
    return () => {
      cancelled = true;
    };
  }, []);
  return kind;
}
