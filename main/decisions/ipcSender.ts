import { APP_ORIGIN } from './appProtocol';

export interface SenderFacts {
  /** webContents id of the sender. */
  webContentsId: number;
  /** URL of the frame that sent the message (null when the frame is gone). */
  frameUrl: string | null;
  /** Whether the sending frame is its page's main frame. */
  isMainFrame: boolean;
}

export interface TrustedWindow {
  webContentsId: number;
  devServerOrigin?: string | undefined;
}

/** Only the kiosk's own window, its main frame, showing the app's own origin may call the host. */
export function isTrustedSender(sender: SenderFacts, trusted: TrustedWindow | undefined): boolean {
  if (!trusted || sender.webContentsId !== trusted.webContentsId || !sender.isMainFrame || !sender.frameUrl)
    return false;
  let origin: string;
  try {
    const url = new URL(sender.frameUrl);
    origin = url.protocol === 'app:' ? `${url.protocol}//${url.host}` : url.origin;
  } catch {
    return false;
  }
  return origin === APP_ORIGIN || (trusted.devServerOrigin !== undefined && origin === trusted.devServerOrigin);
}
