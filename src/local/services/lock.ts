// LockService. The runtime is single-threaded, so nobody can release a lock while a script
// waits for it: a lock held by another holder (a test says who, via holdExternally) makes
// tryLock return false and waitLock throw, as a timed-out wait does in Apps Script.
// https://developers.google.com/apps-script/reference/lock/lock
import { SERVICE } from './bridge';
import type { ServiceContext } from './context';
import { serviceError } from './errors';

export type LockKind = 'script' | 'document' | 'user';

export class LockManager {
  private readonly holders = new Map<string, object>();

  slot(kind: LockKind, user: string): string {
    return kind === 'user' ? `user:${user}` : kind;
  }

  holder(slot: string): object | undefined {
    return this.holders.get(slot);
  }

  acquire(slot: string, holder: object): boolean {
    const current = this.holders.get(slot);
    if (current && current !== holder) return false;
    this.holders.set(slot, holder);
    return true;
  }

  release(slot: string, holder: object): void {
    if (this.holders.get(slot) === holder) this.holders.delete(slot);
  }

  /** Simulates another execution holding the lock; call the result to let go. */
  holdExternally(kind: LockKind, user: string): () => void {
    const slot = this.slot(kind, user);
    const other = { external: true };
    if (!this.acquire(slot, other)) throw new Error(`The ${kind} lock is already held`);
    return () => this.release(slot, other);
  }

  /** An execution's locks go when it ends, as in Apps Script. */
  releaseHeldBy(holder: object): void {
    for (const [slot, h] of this.holders) if (h === holder) this.holders.delete(slot);
  }
}

export class Lock {
  readonly [SERVICE] = { className: 'Lock', counted: false };

  constructor(
    private readonly ctx: ServiceContext,
    private readonly manager: LockManager,
    private readonly slot: string,
  ) {}

  // The holder is the running execution: every Lock object of one execution shares it.
  tryLock(_timeoutInMillis: number): boolean {
    return this.manager.acquire(this.slot, this.ctx.execution);
  }

  waitLock(_timeoutInMillis: number): void {
    if (!this.manager.acquire(this.slot, this.ctx.execution)) {
      throw serviceError('Lock timeout: another process was holding the lock for too long.');
    }
  }

  releaseLock(): void {
    this.manager.release(this.slot, this.ctx.execution);
  }

  hasLock(): boolean {
    return this.manager.holder(this.slot) === this.ctx.execution;
  }
}

export class LockService {
  readonly [SERVICE] = { className: 'LockService', counted: false };

  constructor(
    private readonly ctx: ServiceContext,
    readonly manager: LockManager,
  ) {
    ctx.endHooks.push((token) => manager.releaseHeldBy(token));
  }

  getScriptLock(): Lock {
    return new Lock(this.ctx, this.manager, this.manager.slot('script', this.ctx.user));
  }

  /** https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock():
   * "If this method is called outside of the context of a containing document (such as from a
   * standalone script or webapp), null is returned." */
  getDocumentLock(): Lock | null {
    if (!this.ctx.document) return null;
    return new Lock(this.ctx, this.manager, this.manager.slot('document', this.ctx.user));
  }

  getUserLock(): Lock {
    return new Lock(this.ctx, this.manager, this.manager.slot('user', this.ctx.user));
  }
}
