import { clip } from '../clip';
import { hostContract, type HostCallName, type HostImplementation } from './contract';
import type { StaffSession } from './staffSession';
import { validateCallArgument } from './validateCall';

/** Starts the error a page gets for a staff call outside a staff session (the renderer then asks for the PIN again). */
export const STAFF_SESSION_REQUIRED = 'staff session required';

function answeredOk(result: unknown): boolean {
  return typeof result === 'object' && result !== null && 'ok' in result && result.ok === true;
}

/**
 * The one way a host runs a call, in Electron (main/ipc.ts) and in the browser host alike:
 * check the argument against the contract, check the caller's authority for staff calls, run
 * the implementation, check its result, and open or close the staff session as the contract
 * says. Anything refused throws, so the page's promise rejects with a short reason.
 */
export async function dispatchCall(
  implementation: HostImplementation,
  name: string,
  raw: unknown,
  session: StaffSession,
): Promise<unknown> {
  const check = validateCallArgument(name, raw);
  if (!check.ok) throw new Error(check.error);
  const callName: HostCallName = check.name;
  const spec = hostContract[callName];
  if (spec.kind === 'staff') {
    if (!session.isOpen()) throw new Error(`${STAFF_SESSION_REQUIRED} for ${callName}: enter the staff PIN first`);
    session.renew();
  }
  const run = implementation[callName] as (arg: unknown) => unknown;
  const result: unknown = await run(check.arg);
  const checked = spec.result.safeParse(result);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new Error(
      clip(
        `host call ${callName} produced an invalid result (${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''})`,
      ),
    );
  }
  if ('session' in spec) {
    if (spec.session === 'closes') session.close();
    else if (spec.session === 'opens' && answeredOk(checked.data)) session.open();
  }
  return checked.data;
}
