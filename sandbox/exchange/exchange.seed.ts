import type { SandboxTenant } from '../tenant/sandbox-tenant.model';
import { DEMO_IDENTITIES, EXCHANGE_DEMO_ACCOUNTS, PARTNER_EXTERNAL_EMAIL, SANDBOX_DOMAIN } from '../seed/demo-identities.constants';
import { graphDateTime } from '../tenant/graph-date';
import { ExchangeOrg, exchangeGuid, newMailboxRecord, type MailContactRecord, type MobileDeviceRecord } from './exchange-org.model';

/**
 * Contoso's Exchange organisation: a mailbox per licensed user, two shared mailboxes with delegates,
 * a room and an equipment mailbox, a mail user (Partner Liaison), external contacts, and mobile device partnerships
 * (a few quarantined). Deterministic, like the directory seed.
 */
export function buildContosoExchange(tenant: SandboxTenant): ExchangeOrg {
  const org = new ExchangeOrg(tenant);
  org.sync();

  const id = (upn: string) => tenant.getUser(upn)?.props.id;
  const shared = (key: 'info' | 'ithelp') => id(EXCHANGE_DEMO_ACCOUNTS[key].upn)!;
  for (const key of ['info', 'ithelp'] as const) org.mailboxes.set(shared(key), newMailboxRecord(shared(key), 'SharedMailbox'));

  const room = newMailboxRecord(DEMO_IDENTITIES.room12.id, 'RoomMailbox');
  room.settings.ResourceCapacity = 12;
  room.calendarProcessing.ResourceDelegates = [DEMO_IDENTITIES.nestor.id];
  org.mailboxes.set(room.userId, room);
  const camera = newMailboxRecord(DEMO_IDENTITIES.camera.id, 'EquipmentMailbox');
  camera.calendarProcessing.AllowConflicts = false;
  camera.calendarProcessing.MaximumDurationInMinutes = 480;
  org.mailboxes.set(camera.userId, camera);

  const partnerId = DEMO_IDENTITIES.partner.id;
  org.mailboxes.delete(partnerId);
  org.mailUsers.set(partnerId, {
    userId: partnerId,
    guid: exchangeGuid('mailUser', partnerId),
    externalEmailAddress: `SMTP:${PARTNER_EXTERNAL_EMAIL}`,
    props: { HiddenFromAddressListsEnabled: false },
  });

  // Delegates: the Support team reads and sends from IT Helpdesk; Megan manages Contoso Info.
  const ithelp = org.mailboxes.get(shared('ithelp'))!;
  for (const who of [DEMO_IDENTITIES.irvin.id, DEMO_IDENTITIES.adele.id]) {
    ithelp.permissions.push({ trustee: who, accessRights: ['FullAccess'], automapping: true });
    org.recipientPermissions.push({ identity: ithelp.userId, trustee: who, accessRights: ['SendAs'] });
  }
  const info = org.mailboxes.get(shared('info'))!;
  info.permissions.push({ trustee: DEMO_IDENTITIES.megan.id, accessRights: ['FullAccess'], automapping: true });
  info.settings.GrantSendOnBehalfTo = [DEMO_IDENTITIES.alexW.id];
  // Miriam (Sales head) already has Full Access to Isaiah's mailbox: a "copy permissions" source.
  const isaiah = org.mailboxes.get(DEMO_IDENTITIES.isaiah.id);
  isaiah?.permissions.push({ trustee: DEMO_IDENTITIES.miriam.id, accessRights: ['FullAccess'], automapping: true });
  org.recipientPermissions.push({ identity: DEMO_IDENTITIES.isaiah.id, trustee: DEMO_IDENTITIES.miriam.id, accessRights: ['SendAs'] });
  const adele = org.mailboxes.get(DEMO_IDENTITIES.adele.id);
  if (adele) adele.settings.ForwardingSmtpAddress = null;

  for (const contact of CONTACTS) org.contacts.set(contact.id, contact);
  for (const device of mobileDevices(org)) org.mobileDevices.set(device.guid, device);
  return org;
}

function contact(name: string, first: string, last: string, email: string, company: string): MailContactRecord {
  const alias = `${first}${last}`.replace(/[^A-Za-z0-9]/g, '');
  return {
    id: exchangeGuid('contact', email),
    guid: exchangeGuid('contact-guid', email),
    name,
    alias,
    displayName: name,
    externalEmailAddress: `SMTP:${email}`,
    emailAddresses: [`SMTP:${email}`],
    props: { FirstName: first, LastName: last, Company: company, Title: '', Phone: '', HiddenFromAddressListsEnabled: false },
  };
}

const CONTACTS: MailContactRecord[] = [
  contact('Terry Adams (Fabrikam)', 'Terry', 'Adams', 'terry.adams@fabrikam.com', 'Fabrikam'),
  contact('Rob Young (Litware)', 'Rob', 'Young', 'rob.young@litware.com', 'Litware'),
  contact('Sanjay Patel (Northwind)', 'Sanjay', 'Patel', 'sanjay@northwindtraders.com', 'Northwind Traders'),
  contact('Wingtip Support', 'Wingtip', 'Support', 'support@wingtiptoys.com', 'Wingtip Toys'),
  contact('Tailspin Accounts', 'Tailspin', 'Accounts', 'accounts@tailspintoys.com', 'Tailspin Toys'),
];

const MODELS: [string, string, string][] = [
  ['iPhone 15', 'iOS 17.4', 'iPhone'],
  ['Galaxy S23', 'Android 14', 'Android'],
  ['Pixel 8', 'Android 14', 'Android'],
  ['iPad Air', 'iPadOS 17.3', 'iPad'],
  ['iPhone 13', 'iOS 16.7', 'iPhone'],
];

/** Partnerships for every fifth user mailbox, plus fixed ones the demos rely on. */
function mobileDevices(org: ExchangeOrg): MobileDeviceRecord[] {
  const devices: MobileDeviceRecord[] = [];
  const mailboxes = org.listMailboxes().filter(({ mailbox }) => mailbox.type === 'UserMailbox');
  const base = Date.UTC(2026, 0, 5, 9, 0, 0);
  const add = (userId: string, upn: string, n: number, state: MobileDeviceRecord['deviceAccessState']) => {
    const [model, os, type] = MODELS[n % MODELS.length];
    const deviceId = exchangeGuid('device', `${userId}:${n}`).replace(/-/g, '').slice(0, 32).toUpperCase();
    devices.push({
      guid: exchangeGuid('mobile', `${userId}:${n}`),
      deviceId,
      userId,
      friendlyName: `${upn.split('@')[0]}'s ${model}`,
      deviceModel: model,
      deviceOS: os,
      deviceType: type,
      clientType: n % 3 === 2 ? 'Outlook' : 'EAS',
      deviceAccessState: state,
      deviceAccessStateReason: state === 'Quarantined' ? 'Global' : state === 'Allowed' ? 'Global' : 'Individual',
      firstSyncTime: graphDateTime(new Date(base + n * 86_400_000)),
      wipeStatus: null,
      wipeRequestTime: null,
      notificationEmailAddresses: [],
    });
  };
  const jane = DEMO_IDENTITIES.jane;
  add(jane.id, jane.upn, 0, 'Allowed');
  add(jane.id, jane.upn, 1, 'Quarantined');
  add(DEMO_IDENTITIES.adele.id, DEMO_IDENTITIES.adele.upn, 3, 'Allowed');
  add(DEMO_IDENTITIES.megan.id, DEMO_IDENTITIES.megan.upn, 4, 'Quarantined');
  mailboxes.forEach(({ user }, i) => {
    const fixed: string[] = [jane.id, DEMO_IDENTITIES.adele.id, DEMO_IDENTITIES.megan.id];
    if (i % 5 !== 0 || fixed.includes(user.props.id)) return;
    add(user.props.id, user.props.userPrincipalName, i, i % 35 === 0 ? 'Quarantined' : 'Allowed');
  });
  return devices;
}

/** The seed's domain, for cmdlets that build addresses (alias@domain). */
export const EXCHANGE_DEFAULT_DOMAIN = SANDBOX_DOMAIN;
