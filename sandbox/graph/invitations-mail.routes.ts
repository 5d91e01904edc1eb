import { randomUUID } from 'node:crypto';
import { badRequest, GraphHttpError } from '../http/graph-error';
import type { GraphRouter } from '../http/graph.router';
import type { GraphRequest, GraphResult } from '../http/http.types';
import type { UserRecord } from '../tenant/tenant.types';
import { graphDateTime } from '../tenant/graph-date';
import { authorize } from './authorization.policy';
import { bodyObject, requireUser } from './request-body.helpers';
import type { SandboxContext } from './sandbox-context';

/**
 * POST /invitations (B2B guest invitation) and POST /users/{id}/sendMail. Sent mail is kept in memory
 * (never logged) so tests and curl can read it at GET /_sandbox/sent-mail.
 */
export interface SentMail {
  from: string;
  to: string[];
  cc: string[];
  subject: string;
  contentType: string;
  content: string;
  saveToSentItems: boolean;
  sentDateTime: string;
}

/** Kept per sandbox process; cleared on reset. */
export class SentMailStore {
  private items: SentMail[] = [];
  add(mail: SentMail): void {
    this.items.push(mail);
  }
  all(): SentMail[] {
    return this.items.map((m) => ({ ...m, to: [...m.to], cc: [...m.cc] }));
  }
  clear(): void {
    this.items = [];
  }
}

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

function recipients(value: unknown, name: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw badRequest(`Invalid value for property '${name}'.`, 'ErrorInvalidRecipients');
  return value.map((r) => {
    const address = (r as { emailAddress?: { address?: unknown } } | null)?.emailAddress?.address;
    if (typeof address !== 'string' || !EMAIL.test(address)) {
      throw badRequest('At least one recipient is not valid., Recipient is not resolved.', 'ErrorInvalidRecipients');
    }
    return address;
  });
}

function sendMail(ctx: SandboxContext, store: SentMailStore, req: GraphRequest): GraphResult {
  const sender = requireUser(ctx.tenant, req.params.id);
  authorize(ctx.tenant, req.principal, 'read');
  if (req.principal.kind === 'user' && req.principal.userId.toLowerCase() !== sender.props.id.toLowerCase()) {
    throw new GraphHttpError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
  }
  if (sender.props.userType === 'Guest' || sender.props.accountEnabled === false) {
    throw new GraphHttpError(404, 'MailboxNotEnabledForRESTAPI', 'The mailbox is either inactive, soft-deleted, or is hosted on-premise.');
  }
  const body = bodyObject(req);
  const message = body.message as Record<string, unknown> | undefined;
  if (typeof message !== 'object' || message === null || Array.isArray(message)) {
    throw badRequest("Empty Payload. JSON content expected.", 'ErrorInvalidRequest');
  }
  const to = recipients(message.toRecipients, 'toRecipients');
  const cc = recipients(message.ccRecipients, 'ccRecipients');
  const bcc = recipients(message.bccRecipients, 'bccRecipients');
  if (to.length + cc.length + bcc.length === 0) {
    throw badRequest('At least one recipient is required, but none were found.', 'ErrorInvalidRecipients');
  }
  const content = message.body as { contentType?: unknown; content?: unknown } | undefined;
  const contentType = content?.contentType ?? 'text';
  if (typeof contentType !== 'string' || !['text', 'html'].includes(contentType.toLowerCase())) {
    throw badRequest("Invalid value for property 'body.contentType'.", 'ErrorInvalidRequest');
  }
  if (content?.content !== undefined && typeof content.content !== 'string') {
    throw badRequest("Invalid value for property 'body.content'.", 'ErrorInvalidRequest');
  }
  if (message.subject !== undefined && typeof message.subject !== 'string') {
    throw badRequest("Invalid value for property 'subject'.", 'ErrorInvalidRequest');
  }
  if (body.saveToSentItems !== undefined && typeof body.saveToSentItems !== 'boolean') {
    throw badRequest("Invalid value for property 'saveToSentItems'.", 'ErrorInvalidRequest');
  }
  store.add({
    from: sender.props.userPrincipalName,
    to: [...to, ...bcc],
    cc,
    subject: (message.subject as string | undefined) ?? '',
    contentType: contentType.toLowerCase(),
    content: (content?.content as string | undefined) ?? '',
    saveToSentItems: (body.saveToSentItems as boolean | undefined) ?? true,
    sentDateTime: graphDateTime(ctx.now()),
  });
  return { status: 202 };
}

function invite(ctx: SandboxContext, req: GraphRequest): GraphResult {
  const tenant = ctx.tenant;
  authorize(tenant, req.principal, 'createUser');
  const body = bodyObject(req);
  const email = body.invitedUserEmailAddress;
  if (typeof email !== 'string' || email.trim() === '') {
    throw badRequest("A value is required for property 'invitedUserEmailAddress' of resource 'Invitation'.");
  }
  if (!EMAIL.test(email)) throw badRequest('The specified invitedUserEmailAddress is invalid.');
  if (typeof body.inviteRedirectUrl !== 'string' || !/^https?:\/\/\S+$/i.test(body.inviteRedirectUrl)) {
    throw badRequest("A value is required for property 'inviteRedirectUrl' of resource 'Invitation'.");
  }
  if (body.sendInvitationMessage !== undefined && typeof body.sendInvitationMessage !== 'boolean') {
    throw badRequest("Invalid value specified for property 'sendInvitationMessage' of resource 'Invitation'.");
  }
  const userType = body.invitedUserType ?? 'Guest';
  if (userType !== 'Guest' && userType !== 'Member') {
    throw badRequest("Invalid value specified for property 'invitedUserType' of resource 'Invitation'.");
  }
  const lower = email.toLowerCase();
  const domain = lower.split('@')[1];
  const existing = tenant
    .listUsers()
    .find((u) => u.props.userPrincipalName.toLowerCase() === lower || (u.props.mail ?? '').toLowerCase() === lower || (u.props.otherMails ?? []).some((m) => m.toLowerCase() === lower));
  if ((existing && existing.props.userType !== 'Guest') || tenant.verifiedDomains.some((d) => d.toLowerCase() === domain)) {
    throw badRequest(
      `The invited user already exists in the directory as object ${existing?.props.id ?? '(member)'} and cannot be invited as a guest.`,
    );
  }
  const info = body.invitedUserMessageInfo as { customizedMessageBody?: unknown } | undefined;
  if (info !== undefined && (typeof info !== 'object' || info === null || (info.customizedMessageBody !== undefined && typeof info.customizedMessageBody !== 'string'))) {
    throw badRequest("Invalid value specified for property 'invitedUserMessageInfo' of resource 'Invitation'.");
  }
  let user = existing;
  if (!user) {
    const upn = `${lower.replace('@', '_')}#EXT#@${tenant.organization.initialDomain}`;
    const now = graphDateTime(ctx.now());
    const displayName = typeof body.invitedUserDisplayName === 'string' && body.invitedUserDisplayName.trim() !== '' ? body.invitedUserDisplayName : lower.split('@')[0];
    const record: UserRecord = {
      props: {
        givenName: null, surname: null, jobTitle: null, department: null, companyName: null,
        officeLocation: null, mobilePhone: null, businessPhones: [], preferredLanguage: null, usageLocation: null,
        country: null, city: null, state: null, postalCode: null, streetAddress: null, employeeId: null,
        employeeType: null, employeeHireDate: null, faxNumber: null, passwordPolicies: null,
        onPremisesSyncEnabled: null, onPremisesImmutableId: null, onPremisesSamAccountName: null,
        onPremisesExtensionAttributes: Object.fromEntries(Array.from({ length: 15 }, (_, i) => [`extensionAttribute${i + 1}`, null])),
        deletedDateTime: null,
        id: randomUUID(),
        accountEnabled: true,
        userPrincipalName: upn,
        displayName,
        mail: email,
        mailNickname: upn.split('@')[0],
        otherMails: [email],
        userType: userType as string,
        creationType: 'Invitation',
        externalUserState: 'PendingAcceptance',
        externalUserStateChangeDateTime: now,
        proxyAddresses: [`SMTP:${email}`],
        assignedLicenses: [],
        createdDateTime: now,
        lastPasswordChangeDateTime: now,
        signInSessionsValidFromDateTime: now,
        passwordProfile: null,
      } as unknown as UserRecord['props'],
      password: null,
      managerId: null,
      methods: [],
      preferredSecondary: null,
      systemPreferredEnabled: true,
      perUserMfaState: 'disabled',
      roleTemplateIds: [],
    };
    tenant.addUser(record);
    user = record;
  }
  const id = randomUUID();
  return {
    status: 201,
    body: {
      '@odata.context': `${req.baseUrl}/${req.version}/$metadata#invitations/$entity`,
      id,
      inviteRedeemUrl: `https://login.microsoftonline.com/redeem?rd=${encodeURIComponent(id)}`,
      invitedUserDisplayName: user.props.displayName,
      invitedUserType: user.props.userType,
      invitedUserEmailAddress: email,
      sendInvitationMessage: (body.sendInvitationMessage as boolean | undefined) ?? false,
      resetRedemption: false,
      inviteRedirectUrl: body.inviteRedirectUrl,
      status: 'PendingAcceptance',
      invitedUserMessageInfo: info ?? { messageLanguage: null, ccRecipients: [], customizedMessageBody: null },
      invitedUser: { id: user.props.id },
    },
  };
}

export function registerInvitationAndMailRoutes(router: GraphRouter, ctx: SandboxContext, store: SentMailStore): void {
  router.add('POST', '/invitations', (req) => invite(ctx, req));
  router.add('POST', '/users/{id}/sendMail', (req) => sendMail(ctx, store, req));
}
