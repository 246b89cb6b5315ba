import { useCallback, useEffect, useRef, useState } from 'react';
import { NEW_PIN_MIN_DIGITS, PIN_MAX_DIGITS, PIN_MIN_DIGITS } from '../../../core/pin/format';
import { getHost } from '../../host';
import { useNavigation } from '../../session/navigation';
import { useStaffSession } from '../staffSession';

/**
 * verify: unlock; new/confirm: choose a PIN (first run or change); current: prove the old one before
 * changing; needsReset: the stored record is damaged, staff mode stays shut until IT resets it.
 */
export type PinStep = 'loading' | 'verify' | 'current' | 'new' | 'confirm' | 'needsReset';
export type PinMessage =
  | { kind: 'tooShort' }
  | { kind: 'newTooShort' }
  | { kind: 'mismatch' }
  | { kind: 'wrong'; attemptsLeft: number }
  | { kind: 'failed' }
  | null;

export interface PinFlow {
  step: PinStep;
  /** True while changing an existing PIN from the staff screen. */
  changing: boolean;
  /** True after a right PIN shorter than 6 digits: staff are unlocked and asked to choose a longer one. */
  upgrading: boolean;
  digits: string;
  message: PinMessage;
  lockedUntil: number | null;
  busy: boolean;
  press(digit: string): void;
  erase(): void;
  submit(): void;
  lockEnded(): void;
}

const choosing = (step: PinStep) => step === 'new' || step === 'confirm';

/** The PIN pad's logic: which prompt is showing, what was typed, and what the host said. */
export function usePinFlow(changing: boolean): PinFlow {
  const [step, setStep] = useState<PinStep>('loading');
  const [upgrading, setUpgrading] = useState(false);
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
        setStep(status.needsReset ? 'needsReset' : !status.isSet ? 'new' : changing ? 'current' : 'verify');
      })
      .catch(() => !cancelled && (setMessage({ kind: 'failed' }), setStep('verify')));
    return () => {
      cancelled = true;
    };
  }, [changing]);

  const finish = useCallback((notice?: 'pinChanged') => {
    useStaffSession.getState().unlock();
    useNavigation.getState().replace('staff', notice ? { notice } : {});
  }, []);

  const replacing = changing || upgrading;
  const shut = lockedUntil !== null || step === 'loading' || step === 'needsReset';
  const submit = useCallback(() => {
    if (busy || shut) return;
    const pin = digits;
    setDigits('');
    // New PINs need 6 digits; one that unlocks may still be a 4-digit PIN set before the minimum rose.
    if (choosing(step) && pin.length < NEW_PIN_MIN_DIGITS) return setMessage({ kind: 'newTooShort' });
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
        ? host.setPin(replacing ? { newPin: pin, currentPin: currentPin.current } : { newPin: pin }).then((result) => {
            if (result.ok) return finish(replacing ? 'pinChanged' : undefined);
            if (result.error === 'needs-reset') return setStep('needsReset');
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
            if (step === 'verify' && !result.changeSuggested) return finish();
            // Proven: ask for the new PIN (a change, or the prompt to replace a too-short one).
            if (step === 'verify') {
              useStaffSession.getState().unlock();
              setUpgrading(true);
            }
            currentPin.current = pin;
            setStep('new');
          });
    request.catch(() => setMessage({ kind: 'failed' })).finally(() => setBusy(false));
  }, [busy, changing, digits, finish, firstEntry, replacing, shut, step]);

  return {
    step,
    changing,
    upgrading,
    digits,
    message,
    lockedUntil,
    busy,
    // The keyboard obeys the pad: no typing while locked out, shut or still loading.
    press: (digit) => {
      if (shut) return;
      setDigits((current) => (current.length < PIN_MAX_DIGITS ? current + digit : current));
    },
    erase: () => setDigits((current) => current.slice(0, -1)),
    submit,
    lockEnded: () => setLockedUntil(null),
  };
}
