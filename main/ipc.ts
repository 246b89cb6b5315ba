import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { channelFor, HOST_CALL_NAMES, type HostImplementation, type HostCallName } from '../core/host/contract';
import { dispatchCall } from '../core/host/dispatch';
import { createStaffSessions, type StaffSessions } from '../core/host/staffSession';
import { clip, errorText } from '../core/clip';
import { createLogger } from '../core/log/logger';
import { isTrustedSender, type TrustedWindow } from './decisions/ipcSender';

const log = createLogger('ipc');

/**
 * The only place ipcMain is used (lint-enforced). One handler per host call; every invocation
 * must come from our own main frame, then goes through the shared dispatcher (argument,
 * staff authority, result). Rejections throw, so the renderer's promise rejects.
 */
export function registerHostHandlers(
  implementation: HostImplementation,
  trustedWindow: () => TrustedWindow | undefined,
  sessions: StaffSessions = createStaffSessions(),
): StaffSessions {
  for (const name of HOST_CALL_NAMES) {
    ipcMain.handle(channelFor(name), (event, raw: unknown) =>
      invokeChecked(name, event, raw, implementation, trustedWindow(), sessions),
    );
  }
  return sessions;
}

/** A staff session never outlives the page that opened it: reload, navigation, crash or close end it. */
export function endStaffSessionsOnPageChange(contents: WebContents, sessions: StaffSessions): void {
  const end = (why: string) => {
    sessions.close(contents.id);
    log.info(`staff session (if any) ended: ${why}`);
  };
  contents.on('did-start-navigation', (details) => {
    if (details.isMainFrame && !details.isSameDocument) end('navigation or reload');
  });
  contents.on('render-process-gone', () => end('renderer gone'));
  contents.on('destroyed', () => sessions.forget(contents.id));
}

async function invokeChecked(
  name: HostCallName,
  event: IpcMainInvokeEvent,
  raw: unknown,
  implementation: HostImplementation,
  trusted: TrustedWindow | undefined,
  sessions: StaffSessions,
): Promise<unknown> {
  const frame = event.senderFrame;
  const sender = {
    webContentsId: event.sender.id,
    frameUrl: frame?.url ?? null,
    isMainFrame: frame !== null && frame === event.sender.mainFrame,
  };
  if (!isTrustedSender(sender, trusted)) {
    log.warn(`host call ${name} refused: untrusted sender ${clip(sender.frameUrl ?? '(no frame)')}`);
    throw new Error('untrusted sender');
  }
  try {
    return await dispatchCall(implementation, name, raw, sessions.for(sender.webContentsId));
  } catch (error) {
    // The log call must not log its own refusals, or a flood of bad lines becomes a flood of warnings.
    if (name !== 'log') log.warn(`host call ${name} refused: ${errorText(error)}`);
    throw error;
  }
}
