import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../session/navigation';
import { endSession } from '../../session/endSession';
import { PinPad } from './PinPad';
import { formatCountdown, useLockoutCountdown } from './useLockoutCountdown';
import { usePinFlow, type PinFlow } from './usePinFlow';
import './staffPin.css';

function usePrompts(flow: PinFlow) {
  const { t } = useTranslation();
  const title =
    flow.changing || flow.upgrading
      ? t('staff.pin.changeTitle')
      : flow.step === 'verify' || flow.step === 'loading' || flow.step === 'needsReset'
        ? t('staff.pin.enterTitle')
        : t('staff.pin.setTitle');
  const prompt = {
    loading: '',
    verify: t('staff.pin.enterPrompt'),
    current: t('staff.pin.changeCurrentPrompt'),
    new: flow.upgrading
      ? t('staff.pin.upgradePrompt')
      : flow.changing
        ? t('staff.pin.changeNewPrompt')
        : t('staff.pin.setPrompt'),
    confirm: t('staff.pin.confirmPrompt'),
    needsReset: '',
  }[flow.step];
  const message = !flow.message
    ? null
    : flow.message.kind === 'wrong'
      ? t('staff.pin.wrong', { count: flow.message.attemptsLeft })
      : t(`staff.pin.${flow.message.kind}`);
  return { title, prompt, message };
}

/**
 * data-screen="staff-pin": unlock staff mode, set the first PIN, or change it (also right after
 * unlocking with a PIN shorter than 6 digits). A damaged PIN record keeps it shut: only IT can reset it.
 */
export function StaffPinScreen() {
  const { t } = useTranslation();
  const changing = useNavigation((s) => s.route.params.mode === 'change');
  const flow = usePinFlow(changing);
  const remaining = useLockoutCountdown(flow.lockedUntil);
  const locked = flow.lockedUntil !== null && remaining > 0;
  const needsReset = flow.step === 'needsReset';
  const { title, prompt, message } = usePrompts(flow);
  const { lockEnded } = flow;

  useEffect(() => {
    if (flow.lockedUntil !== null && remaining === 0) lockEnded();
  }, [flow.lockedUntil, remaining, lockEnded]);

  // A keyboard at the kiosk works too: digits, Backspace, Enter.
  const { press, erase, submit } = flow;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.altKey || event.metaKey) return;
      if (/^[0-9]$/.test(event.key)) press(event.key);
      else if (event.key === 'Backspace') erase();
      else if (event.key === 'Enter') submit();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [press, erase, submit]);

  // Changing, or asked to replace a short PIN: staff are already in, so Cancel goes back to the settings.
  const cancel = () =>
    changing || flow.upgrading ? useNavigation.getState().replace('staff') : endSession('staff-exit');

  return (
    <main className="screen staff-pin" aria-labelledby="staff-pin-title">
      <h1 id="staff-pin-title" className="screen-title">
        {title}
      </h1>
      <p className="staff-pin__prompt">{prompt}</p>
      <div className="staff-pin__messages" role="status">
        {needsReset ? (
          <p className="staff-pin__message staff-pin__message--locked">{t('staff.pin.needsReset')}</p>
        ) : null}
        {locked ? (
          <p className="staff-pin__message staff-pin__message--locked">
            {t('staff.pin.locked', { time: formatCountdown(remaining) })}
          </p>
        ) : null}
        {message && !locked ? <p className="staff-pin__message">{message}</p> : null}
      </div>
      <PinPad
        count={flow.digits.length}
        disabled={locked || needsReset || flow.busy || flow.step === 'loading'}
        onDigit={press}
        onErase={erase}
        onSubmit={submit}
        onCancel={cancel}
      />
    </main>
  );
}
