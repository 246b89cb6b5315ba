/**
 * The recording kit's check of a folder: every file named, read and measured
 * the way the kiosk will treat it (main's own inspection), plus the loudness
 * the kiosk does not measure, and the coverage per language and topic.
 */
import { inspectRecordingsFolder } from '../../main/recordings/inspectFolder';
import { coverageOf, type LanguageCoverage } from './coverage';
import { measureLevels } from './levels';
import { judgeSound } from './verdict';

export interface FileReport {
  file: string;
  status: 'ok' | 'warning' | 'error';
  problems: string[];
  format?: string;
  durationSeconds?: number | null;
  peakDbfs?: number;
  rmsDbfs?: number;
}

export interface FolderCheck {
  folder: string;
  files: FileReport[];
  coverage: LanguageCoverage[];
  /** Files the kiosk will play: the manifest a static web server needs. */
  playable: string[];
  failed: boolean;
}

export async function checkRecordingsFolder(folder: string): Promise<FolderCheck> {
  const inspection = await inspectRecordingsFolder(folder, { duration: true });
  const files: FileReport[] = inspection.rejected.map(({ file, reason }) => ({
    file,
    status: 'error',
    problems: [reason],
  }));
  const playable: FileReport[] = [];
  for (const recording of inspection.accepted) {
    const report: FileReport = {
      file: recording.name.file,
      status: 'ok',
      problems: [],
      format: recording.probe.bitrate
        ? `${recording.probe.label}, ${Math.round(recording.probe.bitrate / 1000)} kbit/s`
        : recording.probe.label,
      durationSeconds: recording.probe.durationSeconds,
    };
    try {
      const levels = await measureLevels(recording.absolutePath, recording.name.extension);
      const verdict = judgeSound(levels, recording.probe.durationSeconds);
      Object.assign(report, { peakDbfs: levels.peakDbfs, rmsDbfs: levels.rmsDbfs });
      report.problems.push(...verdict.errors, ...verdict.warnings);
      report.status = verdict.errors.length > 0 ? 'error' : verdict.warnings.length > 0 ? 'warning' : 'ok';
    } catch (error) {
      report.status = 'error';
      report.problems.push(`could not be decoded (${error instanceof Error ? error.message : String(error)})`);
    }
    files.push(report);
    if (report.status !== 'error') playable.push(report);
  }
  files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const playableNames = inspection.accepted
    .filter((r) => playable.some((p) => p.file === r.name.file))
    .map((r) => r.name);
  return {
    folder,
    files,
    coverage: coverageOf(playableNames),
    playable: playableNames.map((name) => name.file),
    failed: files.some((file) => file.status === 'error'),
  };
}
