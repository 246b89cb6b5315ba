import { useEffect, useState } from 'react';
import type { Capabilities } from '../../../core/host/contract';
import { getHost } from '../../host';

/** What this host can do (quit, save a file, print silently); null until the host has said. */
export function useCapabilities(): Capabilities | null {
  const [capabilities, setCapabilities] = useState<Capabilities | null>(null);
  useEffect(() => {
    let cancelled = false;
    getHost()
      .getAppInfo()
      .then((info) => !cancelled && setCapabilities(info.capabilities))
      .catch(() => !cancelled && setCapabilities({ canQuit: false, canSaveFile: false, canPrint: false }));
    return () => {
      cancelled = true;
    };
  }, []);
  return capabilities;
}
