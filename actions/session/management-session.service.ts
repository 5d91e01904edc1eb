import { StewardError } from '../errors';
import { mayConfigureTenant, mayManageSession, type Operator } from '../governance/roles';
import type { AuditStore, SessionDoc, SessionStore, TenantConnector, Versioned } from '../ports';
import type { Logger } from '../logger.types';

/** What callers see: the stored state with expiry applied. */
export interface SessionView {
  tenantId: string;
  state: 'off' | 'enabling' | 'on';
  autoEnable: boolean;
  expiresAt?: string;
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
}

/** An "enabling" state older than this is treated as a failed attempt (the instance died mid-way). */
const ENABLING_STALE_MS = 2 * 60_000;
const MAX_WRITE_ATTEMPTS = 5;

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
    if (!view.autoEnable) {
      const canTurnOn = mayManageSession(operator.roles);
      throw new StewardError('SESSION_OFF', 'The management session is off, so no management action can run.', {
        hint: canTurnOn
          ? 'Turn it on with the button below or type "turn on management session", then try again.'
          : 'Ask a Tenant Admin or a Management operator to turn on the management session.',
        details: { canTurnOn, reason: view.reason },
      });
    }
    const on = await this.turnOn(tenantId, operator, { correlationId, automatic: true });
    return {
      view: on,
      notice: 'The management session was off: auto-enable turned it on for this action.',
    };
  }

  /** Turns the session on, checking the tenant credential first. Idempotent when already on. */
  async turnOn(
    tenantId: string,
    operator: Operator,
    options: { correlationId: string; automatic?: boolean },
  ): Promise<SessionView> {
    if (!options.automatic && !mayManageSession(operator.roles)) {
      throw new StewardError('SESSION_DENIED', 'Your role may not turn on the management session.', {
        hint: 'Tenant Admins and Management operators can turn it on; ask one of them.',
      });
    }
    for (let attempt = 0; attempt < MAX_WRITE_ATTEMPTS; attempt++) {
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
        await delay(100);
        continue;
      }
      const claimed = current
        ? await this.deps.store.replace(enabling, current.etag)
        : await this.deps.store.create(enabling);
      if (!claimed) continue; // lost the race: read again and most likely find it on
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
    try {
      const directory = await this.deps.connector.directory(tenantId);
      await directory.getOrganization();
    } catch (e) {
      failure = e;
    }
    const now = this.deps.clock();
    const next: SessionDoc = failure
      ? { ...claimed.doc, state: 'off', updatedAt: now.toISOString() }
      : {
          ...claimed.doc,
          state: 'on',
          mode: 'service-credential',
          enabledAt: now.toISOString(),
          enabledBy: operator.objectId,
          lastActionAt: now.toISOString(),
          expiresAt: new Date(now.getTime() + this.deps.sessionMs).toISOString(),
          updatedAt: now.toISOString(),
        };
    const written = await this.deps.store.replace(next, claimed.etag);
    const action = options.automatic ? 'steward.session-auto-on' : 'steward.session-on';
    if (failure) {
      this.deps.logger.warn({ tenantId, err: String(failure) }, 'management session could not be enabled');
      await this.audit(tenantId, operator, options.correlationId, action, 'failed');
      throw new StewardError('SESSION_DENIED', 'The management session could not be turned on: the tenant rejected Steward\'s service credential.', {
        hint: 'Check the app registration\'s secret and its granted permissions, then try again.',
        cause: failure,
      });
    }
    await this.audit(tenantId, operator, options.correlationId, action, 'succeeded');
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
    if (!doc) return { tenantId, state: 'off', autoEnable: this.deps.defaultAutoEnable };
    const now = this.deps.clock().getTime();
    const base = { tenantId, autoEnable: doc.autoEnable, enabledBy: doc.enabledBy };
    if (doc.state === 'on') {
      if (doc.expiresAt && Date.parse(doc.expiresAt) <= now) {
        return { ...base, state: 'off', reason: `It expired at ${doc.expiresAt}, two hours after the last management action.` };
      }
      return { ...base, state: 'on', expiresAt: doc.expiresAt };
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
      entry: 'chat',
    });
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
