import { app } from 'electron';
import { createCommonCalls } from '../core/host/commonCalls';
import type { HostImplementation } from '../core/host/contract';
import { createRendererLogIntake } from '../core/log/hostLog';
import type { RecentProblems } from '../core/log/recentProblems';
import { createMainPinService } from './pinStore';
import { createElectronCalls, type ElectronCallContext } from './electronCalls';
import { EMPTY_MANIFEST } from '../core/recordings/manifest';
import type { RecordingsService } from './recordings/recordingsService';
import type { VoiceCheckStore } from './recordings/voiceCheckStore';

export interface HostContext extends ElectronCallContext {
  kiosk: boolean;
  /** The renderer's heartbeat arrived (main/heartbeat.ts). */
  onHeartbeat?: () => void;
  /** Warnings and errors since start (main/log.ts), for staff mode. */
  recentProblems: RecentProblems;
  /** The clinic's recordings folder, read at start (main/recordings/). */
  recordings?: RecordingsService;
  /** What patients can hear per language, as the renderer last reported it. */
  voiceCheck?: VoiceCheckStore;
}

/** The Electron side of the host contract: the common calls over files in userData, plus Electron's own. */
export function createHostImplementation(context: HostContext): HostImplementation {
  return {
    ...createCommonCalls({
      settings: context.data.settings,
      usage: context.data.usage,
      pin: createMainPinService(),
      rendererLog: createRendererLogIntake(),
      recentProblems: context.recentProblems.list,
    }),
    getAppInfo: () => ({
      name: app.getName(),
      version: app.getVersion(),
      host: 'electron',
      kiosk: context.kiosk,
      platform: process.platform,
      capabilities: { canQuit: true, canSaveFile: true, canPrint: true },
    }),
    heartbeat: () => {
      context.onHeartbeat?.();
      return { ok: true as const };
    },
    getRecordings: async () => (context.recordings ? context.recordings.manifest() : EMPTY_MANIFEST),
    reportVoiceCheck: (check) => {
      context.voiceCheck?.report(check);
      return { ok: true as const };
    },
    ...createElectronCalls(context),
  };
}
