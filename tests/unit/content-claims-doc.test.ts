/**
 * docs/content-claims.md is the claims register a reviewer reads: it must say
 * exactly what the content says. `npm run content:claims` rewrites it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { CONTENT } from '../../core/content/index';
import { claimsReport } from '../../core/content/claimsReport';

const docPath = resolve(import.meta.dirname, '../../docs/content-claims.md');

test('docs/content-claims.md lists every claim with its sources and review status, as the content has them', () => {
  const report = claimsReport(CONTENT);
  if (process.env.UPDATE_CLAIMS === '1') writeFileSync(docPath, report);
  expect(readFileSync(docPath, 'utf8')).toBe(report);
  for (const page of CONTENT.topics.flatMap((t) => t.pages)) {
    for (const claim of page.claims) expect(report).toContain(claim.statement.replaceAll('|', '\\|'));
  }
  expect(report).toContain('**safety net: awaiting clinical review**');
});
