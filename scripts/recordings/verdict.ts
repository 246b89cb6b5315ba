/**
 * What the recording kit says about one accepted file's sound. Errors fail the
 * check (the kiosk would play nothing a patient can hear); warnings are for the
 * person recording (level, clipping, length) and do not fail it.
 */
import type { Levels } from './levels';

export const SILENT_PEAK_DBFS = -50;
export const SILENT_RMS_DBFS = -60;
export const QUIET_RMS_DBFS = -32;
export const LOUD_RMS_DBFS = -10;
export const CLIPPED_PEAK_DBFS = -0.3;
export const SHORTEST_PAGE_SECONDS = 1.5;

export interface SoundVerdict {
  errors: string[];
  warnings: string[];
}

const dB = (value: number): string => (Number.isFinite(value) ? `${value.toFixed(1)} dBFS` : 'no signal');

export function judgeSound(levels: Levels, durationSeconds: number | null): SoundVerdict {
  const errors: string[] = [];
  const warnings: string[] = [];
  const seconds = durationSeconds ?? levels.decodedSeconds;
  if (levels.decodedSeconds === 0) errors.push('no audio could be decoded');
  else if (levels.peakDbfs < SILENT_PEAK_DBFS || levels.rmsDbfs < SILENT_RMS_DBFS) {
    errors.push(`silent (peak ${dB(levels.peakDbfs)}, RMS ${dB(levels.rmsDbfs)})`);
  } else {
    if (levels.rmsDbfs < QUIET_RMS_DBFS) warnings.push(`quiet (RMS ${dB(levels.rmsDbfs)}): aim for about -20 dBFS`);
    if (levels.rmsDbfs > LOUD_RMS_DBFS) warnings.push(`very loud (RMS ${dB(levels.rmsDbfs)}): aim for about -20 dBFS`);
    if (levels.peakDbfs > CLIPPED_PEAK_DBFS) warnings.push(`peaks at ${dB(levels.peakDbfs)}: may be clipped`);
  }
  if (seconds > 0 && seconds < SHORTEST_PAGE_SECONDS)
    warnings.push(`only ${seconds.toFixed(1)} s long for a whole page`);
  return { errors, warnings };
}
