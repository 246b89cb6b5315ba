import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { channelFor, HOST_CALL_NAMES, type HostImplementation, type HostCallName } from '../core/host/contract';
import { validateCallArgument } from '../core/host/validateCall';
import { isTrustedSender, type TrustedWindow } from './decisions/ipcSender';
import { log } from './log';

/**
 * Registers one handler per host call. Every invocation is checked twice before
 * the implementation runs: the sender must be our own main frame, and the payload
 * must match the contract's schema. Rejections throw, so the renderer's promise rejects.
 */
export function registerHostHandlers(
  implementation: HostImplementation,
  trustedWindow: () => TrustedWindow | undefined,
): void {
  for (const name of HOST_CALL_NAMES) {
    ipcMain.handle(channelFor(name), (event, raw: unknown) =>
      invokeChecked(name, event, raw, implementation, trustedWindow()),
    );
  }
}

async function invokeChecked(
  name: HostCallName,
  event: IpcMainInvokeEvent,
  raw: unknown,
  implementation: HostImplementation,
  trusted: TrustedWindow | undefined,
): Promise<unknown> {
  const frame = event.senderFrame;
  const sender = {
    webContentsId: event.sender.id,
    frameUrl: frame?.url ?? null,
    isMainFrame: frame !== null && frame === event.sender.mainFrame,
  };
  if (!isTrustedSender(sender, trusted)) {
    log.warn(`host call ${name} refused: untrusted sender ${sender.frameUrl ?? '(no frame)'}`);
    throw new Error('untrusted sender');
  }
  const check = validateCallArgument(name, raw);
  if (!check.ok) {
    log.warn(`host call refused: ${check.error}`);
    throw new Error(check.error);
  }
  const run = implementation[name] as (arg: unknown) => unknown;
  return await run(check.arg);
}
