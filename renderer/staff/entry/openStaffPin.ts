import { useNavigation } from '../../session/navigation';

/** Opens the PIN pad from whatever screen is showing (no-op when staff mode is already open). */
export function openStaffPin(): void {
  const { route, go } = useNavigation.getState();
  if (route.screen === 'staff' || route.screen === 'staff-pin') return;
  go('staff-pin');
}

/** True for Ctrl+Alt+S (any layout: checks the physical key too). */
export function isStaffShortcut(
  event: Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'altKey' | 'key' | 'code'>,
): boolean {
  return (event.ctrlKey || event.metaKey) && event.altKey && (event.code === 'KeyS' || event.key.toLowerCase() === 's');
}
