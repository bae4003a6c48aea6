import { AppError } from "../../errors/app-error";
import type { AuthThrottleRepository } from "../../persistence/repositories/auth-throttle-repository";

/** Per email: a sixth attempt within 15 minutes of five failures locks it for 15 minutes. Per address: the same after 30. */
const emailRule = { maxFailures: 5, windowSeconds: 900, lockSeconds: 900 };
const addressRule = { maxFailures: 30, windowSeconds: 900, lockSeconds: 900 };

const lockedOut = (until: Date) =>
  new AppError("too_many_attempts", `Too many failed sign-ins; try again after ${until.toISOString()}`);

/**
 * The sign-in lock, per email and per client address, for every check of a password (signing in,
 * changing it). Each attempt is counted before any password is hashed, so concurrent guesses cannot
 * all pass a check made before the failures are written; an attempt that succeeds is given back.
 */
export function createSignInThrottle(throttle: AuthThrottleRepository, clock: () => Date) {
  const keysOf = (email: string, address: string) => ({ emailKey: `email:${email}`, addressKey: `ip:${address}` });
  return {
    /** Counts the attempt; throws 429 too_many_attempts when the email or the address is locked. */
    async countAttempt(email: string, address: string): Promise<void> {
      const { emailKey, addressKey } = keysOf(email, address);
      const emailLock = await throttle.countAttempt(emailKey, emailRule, clock());
      const addressLock = await throttle.countAttempt(addressKey, addressRule, clock());
      const until = [emailLock, addressLock]
        .filter((lock): lock is Date => lock !== null)
        .sort((a, b) => b.getTime() - a.getTime())[0];
      if (until) throw lockedOut(until);
    },
    /** The password was right: the email's failures are forgotten and the address gets its attempt back. */
    async succeeded(email: string, address: string): Promise<void> {
      const { emailKey, addressKey } = keysOf(email, address);
      await throttle.clear(emailKey, clock());
      await throttle.refundAttempt(addressKey, clock());
    },
  };
}
