import { idleConfigFromSettings, policyForScreen } from '../../core/idle/idlePolicy';
import { nextDeadline, type IdleState } from '../../core/idle/idleMachine';
import { useNavigation } from '../session/navigation';
import { resetKiosk } from '../session/resetAll';
import { useSettings } from '../settings/settingsStore';
import { installActivityListeners } from './activityListeners';
import { createGhostClickGuard } from './ghostClickGuard';
import { forgetOpenHolds } from './idleApi';
import { useIdle } from './idleStore';

/**
 * Runs the pure idle machine on real timers: feeds it input and screen changes,
 * wakes it at its next deadline (and every second while the countdown shows, so
 * the number on screen moves), and resets the kiosk when it expires. Only
 * setTimeout and Date.now are used, so Playwright's page.clock controls it all.
 */
export function startIdleDriver(target: Window): () => void {
  const send = useIdle.getState().send;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const currentPolicy = () =>
    policyForScreen(
      useNavigation.getState().route.screen,
      idleConfigFromSettings(useSettings.getState().settings.idle),
    );
  const applyPolicy = () => send({ type: 'policy', policy: currentPolicy(), at: Date.now() });

  const schedule = (machine: IdleState) => {
    clearTimeout(timer);
    timer = undefined;
    const now = Date.now();
    let wakeAt = nextDeadline(machine);
    if (wakeAt === null) return;
    if (machine.phase === 'warning' && machine.warningSince !== null) {
      const nextSecond = machine.warningSince + Math.floor((now - machine.warningSince) / 1000 + 1) * 1000;
      wakeAt = Math.min(wakeAt, nextSecond);
    }
    timer = setTimeout(() => send({ type: 'tick', at: Date.now() }), Math.max(0, wakeAt - now));
  };

  const expire = () => {
    resetKiosk('idle-reset');
    forgetOpenHolds();
    send({ type: 'reset-done', at: Date.now() });
  };

  const guard = createGhostClickGuard(target);
  const removeListeners = installActivityListeners(target, (event) => {
    if (useIdle.getState().machine.phase === 'warning') {
      // This input only answers the warning: it must not also press what is underneath.
      if (event.type === 'keydown') event.preventDefault();
      if (event.type === 'pointerdown' || event.type === 'touchstart') guard.arm();
    }
    send({ type: 'activity', at: Date.now() });
  });

  // Every event reschedules: a tick that changes nothing still needs the next wake-up.
  const stopIdle = useIdle.subscribe((state, previous) => {
    if (state.machine.phase === 'expired' && previous.machine.phase !== 'expired') expire();
    else schedule(useIdle.getState().machine);
  });
  const stopRoute = useNavigation.subscribe((state, previous) => {
    if (state.route.screen !== previous.route.screen) applyPolicy();
  });
  const stopSettings = useSettings.subscribe((state, previous) => {
    if (state.settings.idle !== previous.settings.idle) applyPolicy();
  });

  applyPolicy();
  schedule(useIdle.getState().machine);

  return () => {
    clearTimeout(timer);
    removeListeners();
    guard.dispose();
    stopIdle();
    stopRoute();
    stopSettings();
  };
}
