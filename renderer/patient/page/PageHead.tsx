import type { ReactNode } from 'react';

/** The line above a page's title: where it belongs (and its safety-net tier) on one side, the progress on the other. */
export function PageHead({ where, progress }: { where: ReactNode; progress: ReactNode }) {
  return (
    <div className="page-head">
      <span className="page-head__where">{where}</span>
      {progress}
    </div>
  );
}
