// A short fingerprint of the bundled medical content (structure + every language's text), so
// IT can see in Prometheus which kiosks show which text (b12_kiosk_build_info{content_version}).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export function contentVersion(projectRoot) {
  const hash = createHash('sha256');
  const files = [
    path.join(projectRoot, 'core/content/structure.ts'),
    ...readdirSync(path.join(projectRoot, 'locales'))
      .sort()
      .map((code) => path.join(projectRoot, 'locales', code, 'content.json')),
  ];
  for (const file of files) {
    try {
      hash.update(path.relative(projectRoot, file)).update('\0').update(readFileSync(file)).update('\0');
    } catch {
      // A folder without content.json (e.g. a pseudo-locale) contributes its absence.
    }
  }
  return hash.digest('hex').slice(0, 12);
}
