import { useEffect, useState } from 'react';
import type { UsageSummary } from '../../../../core/usage/summary';
import { getHost } from '../../../host';

/** The usage summary for the last `days` days; null while loading, 'failed' when the host could not read it. */
export function useUsage(days: number): UsageSummary | 'failed' | null {
  const [summary, setSummary] = useState<{ days: number; value: UsageSummary | 'failed' } | null>(null);
  useEffect(() => {
    let cancelled = false;
    getHost()
      .getUsage({ days })
      .then((value) => !cancelled && setSummary({ days, value }))
      .catch(() => !cancelled && setSummary({ days, value: 'failed' }));
    return () => {
      cancelled = true;
    };
  }, [days]);
  return summary?.days === days ? summary.value : null;
}
