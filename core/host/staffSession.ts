/**
 * Staff authority, kept by the host (never by the page). A right PIN opens a session for the
 * page that typed it; each staff call inside it extends it; it ends when staff leave, the kiosk
 * resets for the next patient, the page reloads or navigates — or after this long without a
 * staff call. That is longer than staff mode's own idle close (at most 12 minutes), so in
 * normal use the page ends it first; the limit matters when a page never does.
 */
export const STAFF_SESSION_MS = 15 * 60_000;

export interface StaffSession {
  isOpen(): boolean;
  open(): void;
  /** A staff call was allowed: the session lasts another STAFF_SESSION_MS from now. */
  renew(): void;
  close(): void;
}

export function createStaffSession(now: () => number = Date.now, lifetimeMs = STAFF_SESSION_MS): StaffSession {
  let expiresAt: number | null = null;
  return {
    isOpen: () => expiresAt !== null && now() < expiresAt,
    open: () => void (expiresAt = now() + lifetimeMs),
    renew: () => {
      if (expiresAt !== null && now() < expiresAt) expiresAt = now() + lifetimeMs;
    },
    close: () => void (expiresAt = null),
  };
}

/** One session per caller (Electron: per webContents id). */
export function createStaffSessions(now: () => number = Date.now, lifetimeMs = STAFF_SESSION_MS) {
  const sessions = new Map<number, StaffSession>();
  return {
    for(caller: number): StaffSession {
      let session = sessions.get(caller);
      if (!session) {
        session = createStaffSession(now, lifetimeMs);
        sessions.set(caller, session);
      }
      return session;
    },
    close(caller: number): void {
      sessions.get(caller)?.close();
    },
    forget(caller: number): void {
      sessions.delete(caller);
    },
  };
}
export type StaffSessions = ReturnType<typeof createStaffSessions>;
