import { useNavigation } from '../../session/navigation';
import { enterStaffLanguage } from '../staffLanguage';

/**
 * Opens the PIN pad from whatever screen is showing (no-op when staff mode is already open),
 * in the staff language: staff mode never speaks the patients' default unless staff chose it.
 */
export function openStaffPin(): void {
  const { route, go } = useNavigation.getState();
  if (route.screen === 'staff' || route.screen === 'staff-pin') return;
  go('staff-pin');
  void enterStaffLanguage();
}

/** True for Ctrl+Alt+S (any layout: checks the physical key too). */
export function isStaffShortcut(
  event: Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'altKey' | 'key' | 'code'>,
): boolean {
  return (event.ctrlKey || event.metaKey) && event.altKey && (event.code === 'KeyS' || event.key.toLowerCase() === 's');
}
