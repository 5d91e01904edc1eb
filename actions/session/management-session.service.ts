import { isStewardError, StewardError } from '../errors';
import { mayConfigureTenant, mayManageSession, type Operator } from '../governance/roles';
import type { AuditStore, CredentialKind, SessionDoc, SessionMode, SessionStore, TenantConnector, Versioned } from '../ports';
import type { Logger } from '../logger.types';
import type { CredentialInfo } from '../credentials/credential.vault';

/** What callers see: the stored state with expiry applied. */
export interface SessionView {
  tenantId: string;
  state: 'off' | 'enabling' | 'on';
  autoEnable: boolean;
  /** Management operators may turn the session on (and auto-enable it) without credentials of their own. */
  advanced: boolean;
  /** Which credential an ON session was turned on with. */
  mode?: SessionMode;
  expiresAt?: string;
  enabledAt?: string;
  enabledBy?: string;
  /** Why it is off when it was on before ("expired at …"). */
  reason?: string;
}

export interface ManagementSessionDeps {
  store: SessionStore;
  connector: TenantConnector;
  audit: AuditStore;
  clock: () => Date;
  newId: () => string;
  logger: Logger;
  /** Sliding lifetime after the last management action. */
  sessionMs: number;
  /** auto-enable for a tenant that has no session document yet. */
  defaultAutoEnable: boolean;
  /** advanced management for a tenant that has no session document yet. */
  defaultAdvanced: boolean;
  /** Stored credentials: which one enabling uses, and removal (turning advanced off deletes the service credential). */
  credentials?: SessionCredentials;
  /** How long `beginTurnOn` waits for the tenant check before answering "turning on…" (default 2 s). */
  enableAnswerMs?: number;
}

/** The slice of the credential vault the session needs (CredentialVault satisfies it). */
export interface SessionCredentials {
  /** False when no encryption key is configured. */
  readonly canStore: boolean;
  describe(tenantId: string): Promise<CredentialInfo[]>;
  preferred(tenantId: string): Promise<{ kind: CredentialKind; clientId?: string; username?: string } | null>;
  remove(
    tenantId: string,
    operator: Operator,
    kind: CredentialKind,
    options: { correlationId: string; reason?: string; entry?: 'chat' | 'card' },
  ): Promise<boolean>;
}

/** How an attempt to turn the session on ended; never a rejected promise, so background waits are safe. */
export type EnableOutcome = { ok: true; view: SessionView } | { ok: false; error: unknown };

export interface EnableAttempt {
  /** The outcome when it came within the answer window; undefined while the tenant check is still running. */
  early?: EnableOutcome;
  /** Settles when the attempt has finished (on, or off with the error). */
  outcome: Promise<EnableOutcome>;
}

/** An "enabling" state older than this is treated as a failed attempt (the instance died mid-way). */
const ENABLING_STALE_MS = 2 * 60_000;
const MAX_WRITE_ATTEMPTS = 5;
/** How long a second caller waits for someone else's "enabling" to finish (polls, real time). */
const WAIT_FOR_OTHER_POLL_MS = 100;
const WAIT_FOR_OTHER_POLLS = 300;
const DEFAULT_ENABLE_ANSWER_MS = 2_000;

/**
 * The per-tenant management session: off → enabling → on → off, stored as one Cosmos document per
 * tenant and changed only with ETag-guarded writes, so two operators racing to turn it on end with one
 * session. Expiry is computed from timestamps (the embedded Cosmos DB has no TTL).
 */
export class ManagementSessionService {
  constructor(private readonly deps: ManagementSessionDeps) {}

  async status(tenantId: string): Promise<SessionView> {
    const current = await this.deps.store.get(tenantId);
    return this.view(tenantId, current?.doc);
  }

  /**
   * Makes sure the session is on before a management action. Off with auto-enable turns it on and
   * returns a notice the card shows; off without auto-enable refuses with SESSION_OFF.
   */
  async ensureForAction(
    tenantId: string,
    operator: Operator,
    correlationId: string,
  ): Promise<{ view: SessionView; notice?: string }> {
    const view = await this.status(tenantId);
    if (view.state === 'on') return { view };
    const canTurnOn = this.mayTurnOnByHand(view, operator);
    if (!view.autoEnable) {
      const why = view.reason ? ` ${view.reason}` : '';
      throw new StewardError('SESSION_OFF', `The management session is off, so no management action can run.${why}`, {
        hint: canTurnOn
          ? 'Turn it on with the button below or type "turn on management session", then try again.'
          : 'Ask a Tenant Admin or a Management operator to turn on the management session.',
        details: { canTurnOn, reason: view.reason },
      });
    }
    if (!mayConfigureTenant(operator.roles) && !view.advanced) {
      throw new StewardError(
        'SESSION_OFF',
        'The management session is off. Advanced management is off too, so auto-enable turns it on only for Tenant Admins.',
        {
          hint: 'Ask a Tenant Admin to turn on the management session, or to turn on advanced management in "management settings".',
          details: { canTurnOn, reason: view.reason },
        },
      );
    }
    const on = await this.turnOn(tenantId, operator, { correlationId, automatic: true });
    return {
      view: on,
      notice: 'The management session was off: auto-enable turned it on for this action.',
    };
  }

  /**
   * Turns the session on without making the caller wait long: refusals throw at once; otherwise the
   * tenant check runs and the attempt answers within `enableAnswerMs` with its outcome, or without one
   * (`early` undefined) while the check goes on in the background; `outcome` settles when it is done.
   */
  async beginTurnOn(
    tenantId: string,
    operator: Operator,
    options: { correlationId: string; automatic?: boolean },
  ): Promise<EnableAttempt> {
    if (!options.automatic) this.assertMayTurnOnByHand(await this.status(tenantId), operator);
    const outcome: Promise<EnableOutcome> = this.enable(tenantId, operator, options).then(
      (view) => ({ ok: true, view }),
      (error: unknown) => ({ ok: false, error }),
    );
    const early = await settledWithin(outcome, this.deps.enableAnswerMs ?? DEFAULT_ENABLE_ANSWER_MS);
    return { early, outcome };
  }

  /** Turns the session on, checking the tenant credential first, and waits for it. Idempotent when already on. */
  async turnOn(
    tenantId: string,
    operator: Operator,
    options: { correlationId: string; automatic?: boolean },
  ): Promise<SessionView> {
    if (!options.automatic) this.assertMayTurnOnByHand(await this.status(tenantId), operator);
    return this.enable(tenantId, operator, options);
  }

  /** Tenant Admins always; Management operators only while advanced management is on. */
  private mayTurnOnByHand(view: SessionView, operator: Operator): boolean {
    return mayConfigureTenant(operator.roles) || (mayManageSession(operator.roles) && view.advanced);
  }

  private assertMayTurnOnByHand(view: SessionView, operator: Operator): void {
    if (!mayManageSession(operator.roles)) {
      throw new StewardError('SESSION_DENIED', 'Your role may not turn on the management session.', {
        hint: 'Tenant Admins and Management operators can turn it on; ask one of them.',
      });
    }
    if (!this.mayTurnOnByHand(view, operator)) {
      throw new StewardError(
        'SESSION_DENIED',
        'Advanced management is off, so only a Tenant Admin can turn on the management session.',
        {
          hint: 'Ask a Tenant Admin to turn it on, or to turn on advanced management in "management settings" so Management operators can.',
          details: { advanced: false },
        },
      );
    }
  }

  private async enable(
    tenantId: string,
    operator: Operator,
    options: { correlationId: string; automatic?: boolean },
  ): Promise<SessionView> {
    let writeConflicts = 0;
    let waits = 0;
    while (writeConflicts < MAX_WRITE_ATTEMPTS && waits < WAIT_FOR_OTHER_POLLS) {
      const current = await this.deps.store.get(tenantId);
      const view = this.view(tenantId, current?.doc);
      if (view.state === 'on') return view;
      const now = this.deps.clock();
      const enabling: SessionDoc = {
        ...(current?.doc ?? this.fresh(tenantId, operator)),
        state: 'enabling',
        updatedAt: now.toISOString(),
        updatedBy: operator.objectId,
      };
      if (view.state === 'enabling' && current) {
        // Someone else is enabling right now: wait for their result instead of racing.
        waits++;
        await delay(WAIT_FOR_OTHER_POLL_MS);
        continue;
      }
      const claimed = current
        ? await this.deps.store.replace(enabling, current.etag)
        : await this.deps.store.create(enabling);
      if (!claimed) {
        writeConflicts++; // lost the race: read again and most likely find it enabling or on
        continue;
      }
      return this.completeEnable(claimed, operator, options);
    }
    throw new StewardError('SESSION_BUSY', 'The management session is being changed by someone else right now.', {
      hint: 'Wait a few seconds and try again.',
    });
  }

  async turnOff(tenantId: string, operator: Operator, options: { correlationId: string }): Promise<SessionView> {
    if (!mayManageSession(operator.roles)) {
      throw new StewardError('SESSION_DENIED', 'Your role may not turn off the management session.', {
        hint: 'Tenant Admins and Management operators can turn it off.',
      });
    }
    const updated = await this.update(tenantId, operator, (doc) => ({
      ...doc,
      state: 'off',
      expiresAt: undefined,
    }));
    await this.audit(tenantId, operator, options.correlationId, 'steward.session-off', 'succeeded');
    return this.view(tenantId, updated);
  }

  /** What the settings card shows (Tenant Admins only): state, toggles, stored credentials (never secrets). */
  async settings(
    tenantId: string,
    operator: Operator,
  ): Promise<{ view: SessionView; credentials: CredentialInfo[]; canStoreCredentials: boolean }> {
    if (!mayConfigureTenant(operator.roles)) {
      throw new StewardError('ROLE_DENIED', 'Only Tenant Admins may open the management settings.', {
        hint: 'Type "session status" to see whether the management session is on.',
      });
    }
    const [view, credentials] = await Promise.all([this.status(tenantId), this.deps.credentials?.describe(tenantId) ?? Promise.resolve([])]);
    return { view, credentials, canStoreCredentials: this.deps.credentials?.canStore ?? false };
  }

  async setAutoEnable(
    tenantId: string,
    operator: Operator,
    autoEnable: boolean,
    options: { correlationId: string },
  ): Promise<SessionView> {
    if (!mayConfigureTenant(operator.roles)) {
      throw new StewardError('ROLE_DENIED', 'Only Tenant Admins may change auto-enable.', {
        hint: 'Ask a Tenant Admin to change this setting.',
      });
    }
    const updated = await this.update(tenantId, operator, (doc) => ({ ...doc, autoEnable }));
    await this.audit(tenantId, operator, options.correlationId, 'steward.session-auto-enable', 'succeeded', {
      autoEnable,
    });
    return this.view(tenantId, updated);
  }

  /**
   * Advanced management on or off (Tenant Admins). Turning it off deletes the stored service credential,
   * as in CoreView, and ends a session that was turned on with it.
   */
  async setAdvanced(
    tenantId: string,
    operator: Operator,
    advanced: boolean,
    options: { correlationId: string },
  ): Promise<{ view: SessionView; removedServiceCredential: boolean }> {
    if (!mayConfigureTenant(operator.roles)) {
      throw new StewardError('ROLE_DENIED', 'Only Tenant Admins may change advanced management.', {
        hint: 'Ask a Tenant Admin to change this setting.',
      });
    }
    const before = await this.status(tenantId);
    let updated = await this.update(tenantId, operator, (doc) => ({ ...doc, advanced }));
    await this.audit(tenantId, operator, options.correlationId, 'steward.session-advanced', 'succeeded', { advanced });
    let removedServiceCredential = false;
    if (before.advanced && !advanced && this.deps.credentials) {
      removedServiceCredential = await this.deps.credentials.remove(tenantId, operator, 'service', {
        correlationId: options.correlationId,
        reason: 'advanced management turned off',
        entry: 'card',
      });
      if (removedServiceCredential) updated = (await this.endIfUsing(tenantId, operator, 'service-credential', options.correlationId)) ?? updated;
    }
    return { view: this.view(tenantId, updated), removedServiceCredential };
  }

  /** Removes a stored credential (Tenant Admins) and ends a session that was turned on with it. */
  async removeCredential(
    tenantId: string,
    operator: Operator,
    kind: CredentialKind,
    options: { correlationId: string; entry?: 'chat' | 'card' },
  ): Promise<{ view: SessionView; removed: boolean }> {
    if (!this.deps.credentials) {
      throw new StewardError('CREDENTIAL_STORE_UNAVAILABLE', 'This Steward instance keeps no stored credentials.');
    }
    const removed = await this.deps.credentials.remove(tenantId, operator, kind, options);
    const mode: SessionMode = kind === 'service' ? 'service-credential' : 'admin-credentials';
    const ended = removed ? await this.endIfUsing(tenantId, operator, mode, options.correlationId) : undefined;
    return { view: ended ? this.view(tenantId, ended) : await this.status(tenantId), removed };
  }

  /** Turns an ON session off when it runs on a credential that was just removed; undefined when it did not. */
  private async endIfUsing(tenantId: string, operator: Operator, mode: SessionMode, correlationId: string): Promise<SessionDoc | undefined> {
    const current = await this.deps.store.get(tenantId);
    if (!current || this.view(tenantId, current.doc).state !== 'on' || current.doc.mode !== mode) return undefined;
    const updated = await this.update(tenantId, operator, (doc) =>
      doc.state === 'on' && doc.mode === mode ? { ...doc, state: 'off', expiresAt: undefined } : doc,
    );
    await this.audit(tenantId, operator, correlationId, 'steward.session-off', 'succeeded', { reason: 'the credential it used was removed' });
    return updated;
  }

  /** Slides the expiry after a management action ran. */
  async touch(tenantId: string, operator: Operator): Promise<SessionView> {
    const updated = await this.update(tenantId, operator, (doc) => {
      if (this.view(tenantId, doc).state !== 'on') return doc;
      const now = this.deps.clock();
      return {
        ...doc,
        lastActionAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + this.deps.sessionMs).toISOString(),
      };
    });
    return this.view(tenantId, updated);
  }

  private async completeEnable(
    claimed: Versioned<SessionDoc>,
    operator: Operator,
    options: { correlationId: string; automatic?: boolean },
  ): Promise<SessionView> {
    const tenantId = claimed.doc.tenantId;
    let failure: unknown;
    let credential: Awaited<ReturnType<SessionCredentials['preferred']>> = null;
    try {
      // Acquires a token with the credential the connector will use, and proves it reads the tenant.
      credential = (await this.deps.credentials?.preferred(tenantId)) ?? null;
      const directory = await this.deps.connector.directory(tenantId);
      await directory.getOrganization();
    } catch (e) {
      failure = e;
    }
    const mode: SessionMode =
      credential?.kind === 'service' ? 'service-credential' : credential?.kind === 'admin' ? 'admin-credentials' : 'configured-credential';
    const now = this.deps.clock();
    const next: SessionDoc = failure
      ? { ...claimed.doc, state: 'off', updatedAt: now.toISOString() }
      : {
          ...claimed.doc,
          state: 'on',
          mode,
          enabledAt: now.toISOString(),
          enabledBy: operator.objectId,
          lastActionAt: now.toISOString(),
          expiresAt: new Date(now.getTime() + this.deps.sessionMs).toISOString(),
          updatedAt: now.toISOString(),
        };
    const written = await this.deps.store.replace(next, claimed.etag);
    const action = options.automatic ? 'steward.session-auto-on' : 'steward.session-on';
    if (failure) {
      const error = enableFailure(failure, mode, credential);
      this.deps.logger.warn({ tenantId, mode, code: error.code, err: String(failure) }, 'management session could not be enabled');
      await this.audit(tenantId, operator, options.correlationId, action, 'failed', { mode }, { code: error.code, message: error.message });
      throw error;
    }
    await this.audit(tenantId, operator, options.correlationId, action, 'succeeded', { mode });
    return this.view(tenantId, written?.doc ?? next);
  }

  private async update(
    tenantId: string,
    operator: Operator,
    change: (doc: SessionDoc) => SessionDoc,
  ): Promise<SessionDoc> {
    for (let attempt = 0; attempt < MAX_WRITE_ATTEMPTS; attempt++) {
      const current = await this.deps.store.get(tenantId);
      const base = current?.doc ?? this.fresh(tenantId, operator);
      const next = { ...change(base), updatedAt: this.deps.clock().toISOString(), updatedBy: operator.objectId };
      const written = current ? await this.deps.store.replace(next, current.etag) : await this.deps.store.create(next);
      if (written) return written.doc;
    }
    throw new StewardError('SESSION_BUSY', 'The management session is being changed by someone else right now.', {
      hint: 'Wait a few seconds and try again.',
    });
  }

  private fresh(tenantId: string, operator: Operator): SessionDoc {
    return {
      id: tenantId,
      tenantId,
      state: 'off',
      autoEnable: this.deps.defaultAutoEnable,
      updatedAt: this.deps.clock().toISOString(),
      updatedBy: operator.objectId,
    };
  }

  private view(tenantId: string, doc: SessionDoc | undefined): SessionView {
    if (!doc) return { tenantId, state: 'off', autoEnable: this.deps.defaultAutoEnable, advanced: this.deps.defaultAdvanced };
    const now = this.deps.clock().getTime();
    const base = { tenantId, autoEnable: doc.autoEnable, advanced: doc.advanced ?? this.deps.defaultAdvanced, enabledBy: doc.enabledBy };
    if (doc.state === 'on') {
      if (doc.expiresAt && Date.parse(doc.expiresAt) <= now) {
        return { ...base, state: 'off', reason: `It expired at ${doc.expiresAt}, two hours after the last management action.` };
      }
      return { ...base, state: 'on', mode: doc.mode, enabledAt: doc.enabledAt, expiresAt: doc.expiresAt };
    }
    if (doc.state === 'enabling' && now - Date.parse(doc.updatedAt) > ENABLING_STALE_MS) {
      return { ...base, state: 'off', reason: 'A previous attempt to turn it on did not finish.' };
    }
    return { ...base, state: doc.state };
  }

  private async audit(
    tenantId: string,
    operator: Operator,
    correlationId: string,
    actionId: string,
    outcome: 'succeeded' | 'failed',
    parameters: Record<string, unknown> = {},
    error?: { code: string; message: string },
  ): Promise<void> {
    await this.deps.audit.append({
      id: this.deps.newId(),
      tenantId,
      time: this.deps.clock().toISOString(),
      correlationId,
      kind: 'session',
      operator: { id: operator.objectId, upn: operator.userPrincipalName },
      actionId,
      targets: [],
      parameters,
      outcome,
      ...(error ? { error } : {}),
      entry: 'chat',
    });
  }
}

/**
 * Why enabling failed, in words a Tenant Admin can act on. A credential the tenant refused gets
 * CREDENTIAL_REJECTED naming which one (never its secret); other failures keep their own error.
 */
function enableFailure(
  failure: unknown,
  mode: SessionMode,
  credential: { kind: CredentialKind; clientId?: string; username?: string } | null,
): StewardError {
  if (isStewardError(failure)) return failure;
  const code = (failure as { code?: unknown } | null)?.code;
  if (code === 'CredentialFailed') {
    if (mode === 'service-credential') {
      return new StewardError(
        'CREDENTIAL_REJECTED',
        `The management session stays off: the tenant rejected the stored service credential (app ${credential?.clientId ?? 'unknown'}). No token could be obtained with it.`,
        {
          hint: 'The client secret may be wrong or expired. Replace the service credential in "management settings", then turn the session on again.',
          details: { mode },
          cause: failure,
        },
      );
    }
    if (mode === 'admin-credentials') {
      return new StewardError(
        'CREDENTIAL_REJECTED',
        `The management session stays off: the tenant refused to sign in ${credential?.username ?? 'the admin account'} with the stored password.`,
        {
          hint: 'Check the password. The username/password flow also fails when the account needs MFA (or conditional access requires it); we recommend storing a service credential instead.',
          details: { mode },
          cause: failure,
        },
      );
    }
    return new StewardError('CREDENTIAL_REJECTED', 'The management session stays off: the tenant rejected the app registration configured for Steward.', {
      hint: 'Check TENANT_CLIENT_ID / TENANT_CLIENT_SECRET, or store a service credential in "management settings".',
      details: { mode },
      cause: failure,
    });
  }
  return new StewardError('SESSION_DENIED', 'The management session could not be turned on: the tenant check failed.', {
    hint: 'Check the credential\'s granted permissions (at least Organization.Read.All) and that the tenant is reachable, then try again.',
    details: { mode },
    cause: failure,
  });
}

/** The promise's value if it settles within `ms`, else undefined (the timer never outlives an early result). */
function settledWithin<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), Math.max(0, ms));
    void promise.then((value) => {
      clearTimeout(timer);
      resolve(value);
    });
  });
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
