/** The check's findings as plain text for a terminal: files first (problems named), then coverage. */
import { LANGUAGE_CODES, languageInfo } from '../../core/languages';
import type { FolderCheck } from './checkFolder';

const MARK = { ok: 'ok     ', warning: 'WARN   ', error: 'ERROR  ' } as const;

function soundFacts(file: FolderCheck['files'][number]): string {
  const facts: string[] = [];
  if (file.format) facts.push(file.format);
  if (file.durationSeconds !== undefined && file.durationSeconds !== null)
    facts.push(`${file.durationSeconds.toFixed(1)} s`);
  if (file.peakDbfs !== undefined && Number.isFinite(file.peakDbfs))
    facts.push(`peak ${file.peakDbfs.toFixed(1)} dBFS`);
  if (file.rmsDbfs !== undefined && Number.isFinite(file.rmsDbfs)) facts.push(`RMS ${file.rmsDbfs.toFixed(1)} dBFS`);
  return facts.join(', ');
}

export function formatReport(check: FolderCheck): string {
  const lines = [`Recordings in ${check.folder}: ${check.files.length} file(s)`, ''];
  for (const file of check.files) {
    lines.push(`${MARK[file.status]}${file.file}${soundFacts(file) ? `  (${soundFacts(file)})` : ''}`);
    for (const problem of file.problems) lines.push(`         - ${problem}`);
  }
  lines.push('', 'Coverage (pages the kiosk will play, per language and topic):');
  for (const language of check.coverage) {
    lines.push(
      `  ${language.language} ${languageInfo(language.language).englishName}: ${language.recorded}/${language.total} pages`,
    );
    for (const topic of language.topics) {
      const missing = topic.missing.length > 0 ? `  missing: ${topic.missing.join(', ')}` : '';
      lines.push(`    ${topic.topicId.padEnd(16)} ${topic.recorded}/${topic.total}${missing}`);
    }
  }
  const none = LANGUAGE_CODES.filter((code) => !check.coverage.some((language) => language.language === code));
  lines.push(`  no recordings: ${none.length > 0 ? none.join(', ') : '(none)'}`);
  const errors = check.files.filter((file) => file.status === 'error').length;
  const warnings = check.files.filter((file) => file.status === 'warning').length;
  lines.push('', `${check.playable.length} playable, ${warnings} with warnings, ${errors} failed.`);
  lines.push(errors > 0 ? 'FAILED: fix or remove the files marked ERROR (the kiosk skips them).' : 'OK');
  return lines.join('\n');
}
