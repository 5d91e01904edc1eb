import type { Container } from '@azure/cosmos';
import type {
  ApprovalRequestDoc,
  ApprovalStatus,
  ApprovalStore,
  ConversationStore,
  PolicyDoc,
  PolicyStore,
  StoredConversation,
} from '../actions/governance/approval.types';
import type { Versioned } from '../actions/ports';
import { clean } from './cosmos.database';
import { createVersioned, readVersioned, replaceVersioned } from './repositories';

/** The tenant's approval policy: one document per tenant, id "approval-policy", written with ETags. */
export class CosmosPolicyStore implements PolicyStore {
  constructor(private readonly container: Container) {}

  get(tenantId: string): Promise<Versioned<PolicyDoc> | null> {
    return readVersioned<PolicyDoc>(this.container, 'approval-policy', tenantId);
  }

  create(doc: PolicyDoc): Promise<Versioned<PolicyDoc> | null> {
    return createVersioned(this.container, doc);
  }

  replace(doc: PolicyDoc, etag: string): Promise<Versioned<PolicyDoc> | null> {
    return replaceVersioned(this.container, doc, doc.tenantId, etag);
  }
}

/** Approval requests; every state change is an ETag-guarded replace so a request is decided once. */
export class CosmosApprovalStore implements ApprovalStore {
  constructor(private readonly container: Container) {}

  create(doc: ApprovalRequestDoc): Promise<Versioned<ApprovalRequestDoc> | null> {
    return createVersioned(this.container, doc);
  }

  get(tenantId: string, id: string): Promise<Versioned<ApprovalRequestDoc> | null> {
    return readVersioned<ApprovalRequestDoc>(this.container, id, tenantId);
  }

  replace(doc: ApprovalRequestDoc, etag: string): Promise<Versioned<ApprovalRequestDoc> | null> {
    return replaceVersioned(this.container, doc, doc.tenantId, etag);
  }

  async list(tenantId: string, filter: { statuses?: ApprovalStatus[]; requesterId?: string; limit: number }): Promise<ApprovalRequestDoc[]> {
    const conditions = ['c.tenantId = @t'];
    const parameters: { name: string; value: string | number }[] = [{ name: '@t', value: tenantId }];
    if (filter.requesterId) {
      conditions.push('c.requester.id = @r');
      parameters.push({ name: '@r', value: filter.requesterId });
    }
    (filter.statuses ?? []).forEach((status, i) => parameters.push({ name: `@s${i}`, value: status }));
    if (filter.statuses && filter.statuses.length > 0) {
      conditions.push(`(${filter.statuses.map((_, i) => `c.status = @s${i}`).join(' OR ')})`);
    }
    parameters.push({ name: '@n', value: Math.max(1, Math.floor(filter.limit)) });
    const { resources } = await this.container.items
      .query<Record<string, unknown>>(
        { query: `SELECT TOP @n * FROM c WHERE ${conditions.join(' AND ')} ORDER BY c.createdAt DESC`, parameters },
        { partitionKey: tenantId },
      )
      .fetchAll();
    return resources.map((r) => clean<ApprovalRequestDoc>(r));
  }
}

/**
 * Each operator's personal chat with the bot (a serialized conversation reference), refreshed on every
 * personal turn, so approvers and requesters can be reached proactively. Keyed by operator object id.
 */
export class CosmosConversationStore implements ConversationStore {
  constructor(private readonly container: Container) {}

  async remember(conversation: StoredConversation): Promise<void> {
    await this.container.items.upsert({ id: conversation.operatorId, ...conversation });
  }

  async get(tenantId: string, operatorId: string): Promise<StoredConversation | null> {
    const found = await readVersioned<StoredConversation & { id: string }>(this.container, operatorId, tenantId);
    if (!found) return null;
    const { id, ...conversation } = found.doc;
    void id;
    return conversation;
  }
}
