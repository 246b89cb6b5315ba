import { useCallback, useEffect, useRef, useState } from 'react';
import { PIN_MAX_DIGITS, PIN_MIN_DIGITS } from '../../../core/pin/format';
import { getHost } from '../../host';
import { useNavigation } from '../../session/navigation';
import { useStaffSession } from '../staffSession';

/** verify: unlock; new/confirm: choose a PIN (first run or change); current: prove the old one before changing. */
export type PinStep = 'loading' | 'verify' | 'current' | 'new' | 'confirm';
export type PinMessage =
  { kind: 'tooShort' } | { kind: 'mismatch' } | { kind: 'wrong'; attemptsLeft: number } | { kind: 'failed' } | null;

export interface PinFlow {
  step: PinStep;
  /** True while changing an existing PIN from the staff screen. */
  changing: boolean;
  digits: string;
  message: PinMessage;
  lockedUntil: number | null;
  busy: boolean;
  press(digit: string): void;
  erase(): void;
  submit(): void;
  lockEnded(): void;
}

/** The PIN pad's logic: which prompt is showing, what was typed, and what the host said. */
export function usePinFlow(changing: boolean): PinFlow {
  const [step, setStep] = useState<PinStep>('loading');
  const [digits, setDigits] = useState('');
  const [firstEntry, setFirstEntry] = useState('');
  const [message, setMessage] = useState<PinMessage>(null);
  const [lockedUntil, setLockedUntil] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  // The proven current PIN, held only until the change is sent (never rendered).
  const currentPin = useRef('');

  useEffect(() => {
    let cancelled = false;
    getHost()
      .getPinStatus()
      .then((status) => {
        if (cancelled) return;
        setLockedUntil(status.lockedUntil);
        setStep(!status.isSet ? 'new' : changing ? 'current' : 'verify');
      })
      .catch(() => !cancelled && (setMessage({ kind: 'failed' }), setStep('verify')));
    return () => {
      cancelled = true;
    };
  }, [changing]);

  const finish = useCallback(() => {
    useStaffSession.getState().unlock();
    useNavigation.getState().replace('staff', changing ? { notice: 'pinChanged' } : {});
  }, [changing]);

  const submit = useCallback(() => {
    if (busy || lockedUntil !== null || step === 'loading') return;
    const pin = digits;
    setDigits('');
    if (pin.length < PIN_MIN_DIGITS) return setMessage({ kind: 'tooShort' });
    setMessage(null);
    if (step === 'new') {
      setFirstEntry(pin);
      return setStep('confirm');
    }
    if (step === 'confirm' && pin !== firstEntry) {
      setFirstEntry('');
      setMessage({ kind: 'mismatch' });
      return setStep('new');
    }
    setBusy(true);
    const host = getHost();
    const request =
      step === 'confirm'
        ? host.setPin(changing ? { newPin: pin, currentPin: currentPin.current } : { newPin: pin }).then((result) => {
            if (result.ok) return finish();
            setStep(changing ? 'current' : 'new');
            setMessage({ kind: 'failed' });
          })
        : host.verifyPin({ pin }).then((result) => {
            if (!result.ok) {
              setLockedUntil(result.lockedUntil);
              return setMessage(
                result.lockedUntil === null ? { kind: 'wrong', attemptsLeft: result.attemptsLeft } : null,
              );
            }
            if (step === 'verify') return finish();
            currentPin.current = pin;
            setStep('new');
          });
    request.catch(() => setMessage({ kind: 'failed' })).finally(() => setBusy(false));
  }, [busy, changing, digits, finish, firstEntry, lockedUntil, step]);

  return {
    step,
    changing,
    digits,
    message,
    lockedUntil,
    busy,
    press: (digit) => setDigits((current) => (current.length < PIN_MAX_DIGITS ? current + digit : current)),
    erase: () => setDigits((current) => current.slice(0, -1)),
    submit,
    lockEnded: () => setLockedUntil(null),
  };
}
