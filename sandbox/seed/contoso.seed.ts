import type { AssignedLicense } from '@microsoft/microsoft-graph-types';
import { SandboxTenant } from '../tenant/sandbox-tenant.model';
import {
  PHONE_METHOD_IDS,
  type GroupRecord,
  type PhoneType,
  type PreferredSecondaryMethod,
  type StoredAuthMethod,
  type UserRecord,
} from '../tenant/tenant.types';
import {
  DELETED_DEMO_IDENTITIES,
  DEMO_IDENTITIES,
  EXCHANGE_DEMO_ACCOUNTS,
  SANDBOX_APP_NAME,
  SANDBOX_CLIENT_ID,
  SANDBOX_CLIENT_SECRET,
  SANDBOX_DEFAULT_PASSWORD,
  SANDBOX_DOMAIN,
  SANDBOX_INITIAL_DOMAIN,
  SANDBOX_TENANT_ID,
  SANDBOX_TENANT_NAME,
} from './demo-identities.constants';
import { SeededRandom, stableGuid } from './deterministic.random';
import {
  AUTHENTICATOR_DEVICES,
  COUNTRIES,
  DEPARTMENTS,
  FIDO2_KEYS,
  FIRST_NAMES,
  LAST_NAMES,
  ROLE_TEMPLATE_IDS,
  SERVICE_PLANS,
  SKU_IDS,
  buildDirectoryRoles,
  buildSkus,
  type CountrySpec,
} from './seed.data';
import { graphDateTime } from '../tenant/graph-date';

/**
 * Builds the Contoso demo organisation: ~230 members in a management tree, guests, resource accounts,
 * licences, authentication-method mixes, groups and a recycle bin. Fully deterministic (seeded PRNG,
 * name-derived ids, fixed dates) so every start yields the same tenant.
 */

const SEED = 20240822;
/** Dates in the seed are offsets from this instant, never from the clock. */
const EPOCH = Date.UTC(2021, 2, 1, 9, 0, 0);
const DAY = 86_400_000;

/** Number of generated (non-demo) employees. */
const GENERATED_STAFF = 200;

type DemoKey = keyof typeof DEMO_IDENTITIES;

interface PersonSpec {
  upn: string;
  givenName: string | null;
  surname: string | null;
  displayName: string;
  department: string | null;
  jobTitle: string | null;
  country: CountrySpec;
  managerId: string | null;
  password: string | null;
  accountEnabled?: boolean;
  id?: string;
}

/** Builds a fresh tenant; each call returns independent state (tests may mutate it freely). */
export function buildContosoTenant(): SandboxTenant {
  return new ContosoSeedBuilder().build();
}

class ContosoSeedBuilder {
  private readonly rng = new SeededRandom(SEED);
  private readonly tenant = new SandboxTenant({
    organization: {
      id: SANDBOX_TENANT_ID,
      displayName: SANDBOX_TENANT_NAME,
      defaultDomain: SANDBOX_DOMAIN,
      initialDomain: SANDBOX_INITIAL_DOMAIN,
      countryLetterCode: 'US',
      city: 'Redmond',
      street: '1 Microsoft Way',
      postalCode: '98052',
      state: 'WA',
      createdDateTime: graphDateTime(new Date(EPOCH - 30 * DAY)),
    },
    skus: buildSkus(),
    directoryRoles: buildDirectoryRoles(),
    apps: [{ appId: SANDBOX_CLIENT_ID, displayName: SANDBOX_APP_NAME, secret: SANDBOX_CLIENT_SECRET }],
  });
  private readonly usedUpns = new Set<string>();
  private readonly usedNames = new Set<string>();
  private employeeSeq = 10001;
  private readonly heads = new Map<string, UserRecord>();
  private readonly managersByDept = new Map<string, UserRecord[]>();

  build(): SandboxTenant {
    for (const d of Object.values(DEMO_IDENTITIES)) this.usedNames.add(d.displayName.toLowerCase());
    for (const d of Object.values(DELETED_DEMO_IDENTITIES)) this.usedNames.add(d.displayName.toLowerCase());

    const ceo = this.addPerson({
      upn: 'grace.whitfield@contoso.com', givenName: 'Grace', surname: 'Whitfield', displayName: 'Grace Whitfield',
      department: 'Executive', jobTitle: 'Chief Executive Officer', country: COUNTRIES[0], managerId: null,
      password: SANDBOX_DEFAULT_PASSWORD,
    });
    this.addLeadership(ceo);
    this.addDemoStaff();
    this.addGeneratedStaff();
    this.addServiceAccounts();
    this.addExchangeAccounts();
    this.addGuests();
    this.assignLicenses();
    this.addGroups(ceo);
    this.addDeletedUsers();
    return this.tenant;
  }

  // ---- people ----

  /** Department heads: some are the well-known demo people, the rest generated. */
  private addLeadership(ceo: UserRecord): void {
    const demoHeads: Record<string, DemoKey> = {
      Sales: 'miriam', Marketing: 'megan', HR: 'diego', IT: 'leeG', Engineering: 'johanna',
      Legal: 'patti', Operations: 'nestor', Support: 'irvin', Retail: 'lynne',
    };
    for (const dept of DEPARTMENTS) {
      const demo = demoHeads[dept.name];
      const head = demo
        ? this.addDemo(demo, dept.name, dept.head, ceo.props.id, COUNTRIES[0])
        : this.addGenerated(dept.name, dept.head, ceo.props.id, COUNTRIES[0]);
      this.heads.set(dept.name, head);
      const managers: UserRecord[] = [];
      for (const title of dept.managers) {
        const country = this.pickCountry();
        managers.push(this.addGenerated(dept.name, title, head.props.id, country));
      }
      this.managersByDept.set(dept.name, managers);
    }
  }

  private addDemoStaff(): void {
    const it = this.heads.get('IT')!;
    const m = (dept: string) => this.managersByDept.get(dept)![0].props.id;
    const us = COUNTRIES[0];
    const byCode = (code: string) => COUNTRIES.find((c) => c.code === code)!;
    this.addDemo('admin', 'IT', 'IT Administrator', it.props.id, us, [ROLE_TEMPLATE_IDS.globalAdministrator]);
    this.addDemo('helpdesk', 'IT', 'Service Desk Lead', it.props.id, us, [ROLE_TEMPLATE_IDS.helpdeskAdministrator]);
    this.addDemo('reader', 'IT', 'IT Auditor', it.props.id, us, [ROLE_TEMPLATE_IDS.globalReader]);
    this.addDemo('jane', 'Sales', 'Account Executive', m('Sales'), us);
    this.addDemo('alexW', 'Marketing', 'Marketing Specialist', m('Marketing'), us);
    this.addDemo('adele', 'Retail', 'Retail Manager', this.heads.get('Retail')!.props.id, us);
    this.addDemo('grady', 'Engineering', 'Senior Software Engineer', m('Engineering'), us);
    this.addDemo('pradeep', 'Finance', 'Accountant', m('Finance'), byCode('GB'));
    this.addDemo('joni', 'Legal', 'Paralegal', this.heads.get('Legal')!.props.id, us);
    this.addDemo('isaiah', 'Sales', 'Sales Representative', m('Sales'), us);
    this.addDemo('allan', 'IT', 'IT Manager', it.props.id, us);
    const janes: [string, string, string, string, string][] = [
      ['jane.cooper@contoso.com', 'Jane', 'Cooper', 'Finance', 'Financial Analyst'],
      ['jane.okafor@contoso.com', 'Jane', 'Okafor', 'Engineering', 'Software Engineer'],
      ['janet.muller@contoso.com', 'Janet', 'Muller', 'HR', 'HR Generalist'],
    ];
    const janeCountries = ['GB', 'CA', 'DE'];
    janes.forEach(([upn, given, sur, dept, title], i) => {
      this.addPerson({
        upn, givenName: given, surname: sur, displayName: `${given} ${sur}`, department: dept, jobTitle: title,
        country: byCode(janeCountries[i]), managerId: m(dept), password: SANDBOX_DEFAULT_PASSWORD,
      });
    });
  }

  private addGeneratedStaff(): void {
    const totalWeight = DEPARTMENTS.reduce((s, d) => s + d.weight, 0);
    let remaining = GENERATED_STAFF;
    DEPARTMENTS.forEach((dept, i) => {
      const count = i === DEPARTMENTS.length - 1 ? remaining : Math.round((GENERATED_STAFF * dept.weight) / totalWeight);
      remaining -= count;
      const managers = this.managersByDept.get(dept.name)!;
      for (let n = 0; n < count; n++) {
        const manager = managers[n % managers.length];
        const user = this.addGenerated(dept.name, this.rng.pick(dept.staff), manager.props.id, this.pickCountry());
        // A few leavers whose accounts were blocked but not yet removed.
        if (n % 23 === 7) user.props.accountEnabled = false;
      }
    });
  }

  private addServiceAccounts(): void {
    const it = this.heads.get('IT')!;
    const us = COUNTRIES[0];
    const printer = this.addDemo('printer', 'IT', null, it.props.id, us);
    printer.props.givenName = null;
    printer.props.surname = null;
    const partner = this.addDemo('partner', 'Sales', 'Partner Liaison', null, us);
    partner.props.otherMails = ['liaison@fabrikam.com'];
    for (const key of ['camera', 'room12'] as const) {
      const res = this.addDemo(key, null, null, null, us);
      res.props.accountEnabled = false;
      res.props.givenName = null;
      res.props.surname = null;
      res.methods = [];
      res.preferredSecondary = null;
    }
  }

  /** Disabled, unlicensed accounts behind the shared mailboxes (see EXCHANGE_DEMO_ACCOUNTS). */
  private addExchangeAccounts(): void {
    for (const account of Object.values(EXCHANGE_DEMO_ACCOUNTS)) {
      const user = this.addPerson({
        upn: account.upn,
        givenName: null,
        surname: null,
        displayName: account.displayName,
        department: account.department,
        jobTitle: null,
        country: COUNTRIES[0],
        managerId: null,
        password: null,
        accountEnabled: false,
      });
      user.methods = [];
    }
  }

  private addGuests(): void {
    const guests: [string, string, string][] = [
      ['guest@northwind.com', 'Nora', 'Guest'],
      ['kim.akers@fabrikam.com', 'Kim', 'Akers'],
      ['ben.miller@litware.com', 'Ben', 'Miller'],
      ['chris.green@adatum.com', 'Chris', 'Green'],
      ['dana.scott@tailspintoys.com', 'Dana', 'Scott'],
      ['eva.lopez@woodgrovebank.com', 'Eva', 'Lopez'],
    ];
    guests.forEach(([mail, given, sur], i) => {
      const upn = `${mail.replace('@', '_')}#EXT#@${SANDBOX_INITIAL_DOMAIN}`;
      const user = this.addPerson({
        upn, givenName: given, surname: sur, displayName: `${given} ${sur}`, department: null, jobTitle: null,
        country: COUNTRIES[0], managerId: null, password: null,
      });
      Object.assign(user.props, {
        mail, userType: 'Guest', creationType: 'Invitation', otherMails: [mail], proxyAddresses: [`SMTP:${mail}`],
        externalUserState: i === 5 ? 'PendingAcceptance' : 'Accepted',
        externalUserStateChangeDateTime: graphDateTime(new Date(EPOCH + (200 + i * 11) * DAY)),
        companyName: null, usageLocation: null, country: null, city: null, state: null, postalCode: null,
        streetAddress: null, officeLocation: null, businessPhones: [], mobilePhone: null, employeeId: null,
        employeeHireDate: null, preferredLanguage: null, mailNickname: upn.split('@')[0],
      });
      user.methods = [];
      user.preferredSecondary = null;
    });
  }

  private addDeletedUsers(): void {
    const eng = this.managersByDept.get('Engineering')![0];
    const us = COUNTRIES[0];
    const deletions: [keyof typeof DELETED_DEMO_IDENTITIES, string, number][] = [
      ['lidia', 'Product Manager', 12],
      ['henrietta', 'Software Engineer', 25],
    ];
    for (const [key, title, daysAgo] of deletions) {
      const demo = DELETED_DEMO_IDENTITIES[key];
      const [given, sur] = demo.displayName.split(' ');
      const user = this.addPerson({
        id: demo.id, upn: demo.upn, givenName: given, surname: sur, displayName: demo.displayName,
        department: 'Engineering', jobTitle: title, country: us, managerId: eng.props.id, password: demo.password,
      });
      user.props.assignedLicenses = [];
      // Deleted "recently" relative to the seed epoch; the recycle bin keeps items 30 days in Entra,
      // the sandbox keeps them until purged.
      this.tenant.softDeleteUser(user, new Date(EPOCH + (1000 - daysAgo) * DAY));
    }
  }

  private addDemo(
    key: DemoKey,
    department: string | null,
    jobTitle: string | null,
    managerId: string | null,
    country: CountrySpec,
    roles: string[] = [],
  ): UserRecord {
    const demo = DEMO_IDENTITIES[key];
    const parts = demo.displayName.split(' ');
    const user = this.addPerson({
      id: demo.id, upn: demo.upn, givenName: parts[0], surname: parts.slice(1).join(' '), displayName: demo.displayName,
      department, jobTitle, country, managerId, password: demo.password,
    });
    user.roleTemplateIds = roles;
    return user;
  }

  private addGenerated(department: string, jobTitle: string, managerId: string, country: CountrySpec): UserRecord {
    for (;;) {
      const given = this.rng.pick(FIRST_NAMES);
      const sur = this.rng.pick(LAST_NAMES);
      const displayName = `${given} ${sur}`;
      if (this.usedNames.has(displayName.toLowerCase())) continue;
      let upn = `${asciiSlug(given)}.${asciiSlug(sur)}@${SANDBOX_DOMAIN}`;
      for (let n = 2; this.usedUpns.has(upn); n++) upn = `${asciiSlug(given)}.${asciiSlug(sur)}${n}@${SANDBOX_DOMAIN}`;
      return this.addPerson({
        upn, givenName: given, surname: sur, displayName, department, jobTitle, country, managerId,
        password: SANDBOX_DEFAULT_PASSWORD,
      });
    }
  }

  private addPerson(spec: PersonSpec): UserRecord {
    const rng = this.rng;
    const id = spec.id ?? stableGuid('user', spec.upn);
    const place = rng.pick(spec.country.cities);
    const created = new Date(EPOCH + rng.int(0, 900) * DAY + rng.int(0, 86_000) * 1000);
    const pwdChanged = new Date(created.getTime() + rng.int(10, 400) * DAY);
    const phone = `${spec.country.phonePrefix} ${String(rng.int(100, 9999)).padStart(4, '0')}`;
    const mobile = `${spec.country.phonePrefix.replace(/ \d+$/, '')} ${rng.int(200, 999)} ${String(rng.int(1000, 9999))}`;
    const mailNickname = spec.upn.split('@')[0];
    const user: UserRecord = {
      props: {
        id,
        userPrincipalName: spec.upn,
        displayName: spec.displayName,
        givenName: spec.givenName,
        surname: spec.surname,
        mail: spec.upn,
        mailNickname,
        accountEnabled: spec.accountEnabled ?? true,
        userType: 'Member',
        creationType: null,
        department: spec.department,
        jobTitle: spec.jobTitle,
        companyName: SANDBOX_TENANT_NAME,
        employeeId: spec.department ? `E${this.employeeSeq++}` : null,
        employeeType: spec.department ? 'Employee' : null,
        employeeHireDate: spec.department ? graphDateTime(new Date(created.getTime() - rng.int(1, 30) * DAY)) : null,
        country: spec.country.name,
        usageLocation: spec.country.code,
        city: place.city,
        state: place.state,
        postalCode: place.postalCode,
        streetAddress: place.street,
        officeLocation: spec.department ? `${place.city} ${rng.int(1, 6)}/${rng.int(1000, 4999)}` : null,
        businessPhones: spec.department ? [phone] : [],
        mobilePhone: spec.department && rng.chance(0.5) ? mobile : null,
        faxNumber: null,
        preferredLanguage: spec.country.language,
        otherMails: [],
        proxyAddresses: [`SMTP:${spec.upn}`],
        passwordPolicies: null,
        passwordProfile: { forceChangePasswordNextSignIn: false, forceChangePasswordNextSignInWithMfa: false, password: null },
        createdDateTime: graphDateTime(created),
        lastPasswordChangeDateTime: graphDateTime(pwdChanged),
        signInSessionsValidFromDateTime: graphDateTime(pwdChanged),
        onPremisesSyncEnabled: null,
        onPremisesImmutableId: null,
        onPremisesSamAccountName: null,
        onPremisesExtensionAttributes: emptyExtensionAttributes(),
        assignedLicenses: [],
        deletedDateTime: null,
      },
      password: spec.password,
      managerId: spec.managerId,
      methods: [],
      preferredSecondary: null,
      systemPreferredEnabled: true,
      perUserMfaState: 'disabled',
      roleTemplateIds: [],
    };
    if (spec.password !== null) this.registerMethods(user, spec.country, mobile);
    this.usedUpns.add(spec.upn);
    this.usedNames.add(spec.displayName.toLowerCase());
    this.tenant.addUser(user);
    return user;
  }

  /** A varied, plausible method mix; a few demo users get fixed sets the demos rely on. */
  private registerMethods(user: UserRecord, country: CountrySpec, mobile: string): void {
    const rng = this.rng;
    const upn = user.props.userPrincipalName;
    const created = (extraDays: number) => graphDateTime(new Date(Date.parse(user.props.createdDateTime!) + extraDays * DAY));
    const add = (collection: StoredAuthMethod['collection'], id: string, props: Record<string, unknown>, days: number) => {
      user.methods.push({ id, collection, createdDateTime: created(days), props });
    };
    const phone = (type: PhoneType, number: string) =>
      add('phoneMethods', PHONE_METHOD_IDS[type], { phoneNumber: number, phoneType: type, smsSignInState: type === 'mobile' ? 'notAllowedByPolicy' : 'notSupported' }, 2);
    const authenticator = (n: number, device = rng.pick(AUTHENTICATOR_DEVICES)) =>
      add('microsoftAuthenticatorMethods', stableGuid('authenticator', `${upn}:${n}`), { ...device, clientAppName: 'microsoftAuthenticator' }, 3 + n);
    const fido2 = (key = rng.pick(FIDO2_KEYS)) =>
      add('fido2Methods', stableGuid('fido2', upn), { displayName: key.displayName, model: key.model, aaGuid: key.aaGuid, attestationLevel: 'attested', attestationCertificates: [] }, 20);
    const oath = () => add('softwareOathMethods', stableGuid('oath', upn), { secretKey: null }, 9);
    const email = () => add('emailMethods', stableGuid('email', upn), { emailAddress: `${upn.split('@')[0]}@outlook.com` }, 1);
    const hello = () =>
      add('windowsHelloForBusinessMethods', stableGuid('whfb', upn), { displayName: `LAPTOP-${rng.int(10, 99)}`, keyStrength: 'normal' }, 30);

    if (upn === DEMO_IDENTITIES.jane.upn) {
      authenticator(0, AUTHENTICATOR_DEVICES[0]);
      phone('mobile', '+1 425 555 0142');
      fido2(FIDO2_KEYS[1]);
      email();
      user.preferredSecondary = 'push';
      return;
    }
    if (upn === DEMO_IDENTITIES.miriam.upn) {
      authenticator(0, AUTHENTICATOR_DEVICES[2]);
      phone('mobile', '+1 425 555 0109');
      phone('alternateMobile', '+1 425 555 0177');
      oath();
      email();
      user.preferredSecondary = 'push';
      return;
    }
    if (upn === DEMO_IDENTITIES.admin.upn) {
      authenticator(0, AUTHENTICATOR_DEVICES[0]);
      fido2(FIDO2_KEYS[0]);
      phone('mobile', '+1 425 555 0100');
      user.preferredSecondary = 'push';
      user.perUserMfaState = 'enforced';
      return;
    }
    if (upn === DEMO_IDENTITIES.johanna.upn) {
      phone('mobile', '+1 425 555 0188');
      user.preferredSecondary = 'sms';
      return;
    }

    const hasAuthenticator = rng.chance(0.72);
    if (hasAuthenticator) {
      authenticator(0);
      if (rng.chance(0.08)) authenticator(1);
    }
    const hasMobile = rng.chance(0.6);
    if (hasMobile) {
      phone('mobile', mobile);
      if (rng.chance(0.18)) phone('alternateMobile', `${country.phonePrefix} ${rng.int(1000, 9999)}`);
    }
    if (rng.chance(0.1)) phone('office', user.props.businessPhones?.[0] ?? `${country.phonePrefix} 0000`);
    if (rng.chance(0.14)) fido2();
    const hasOath = rng.chance(0.1);
    if (hasOath) oath();
    if (rng.chance(0.22)) email();
    if (rng.chance(0.15)) hello();
    if (rng.chance(0.03)) {
      add('temporaryAccessPassMethods', stableGuid('tap', upn), {
        isUsable: false, isUsableOnce: true, lifetimeInMinutes: 60, methodUsabilityReason: 'Expired',
        startDateTime: created(5), temporaryAccessPass: null,
      }, 5);
    }
    let preferred: PreferredSecondaryMethod | null = null;
    if (hasAuthenticator) preferred = 'push';
    else if (hasMobile) preferred = rng.chance(0.7) ? 'sms' : 'voiceMobile';
    else if (hasOath) preferred = 'oath';
    user.preferredSecondary = preferred;
    if (rng.chance(0.06)) user.perUserMfaState = rng.chance(0.5) ? 'enabled' : 'enforced';
  }

  private pickCountry(): CountrySpec {
    const total = COUNTRIES.reduce((s, c) => s + c.weight, 0);
    let roll = this.rng.next() * total;
    for (const c of COUNTRIES) {
      roll -= c.weight;
      if (roll < 0) return c;
    }
    return COUNTRIES[0];
  }

  // ---- licences ----

  private assignLicenses(): void {
    const rng = this.rng;
    const e5Departments = new Set(['IT', 'Legal', 'Executive']);
    const swayAndYammer = [SERVICE_PLANS.sway.servicePlanId, SERVICE_PLANS.yammer.servicePlanId];
    const heads = new Set([...this.heads.values()].map((h) => h.props.id));
    const noLicence = new Set<string>([
      DEMO_IDENTITIES.printer.id, DEMO_IDENTITIES.partner.id, DEMO_IDENTITIES.camera.id, DEMO_IDENTITIES.room12.id,
    ]);
    for (const user of this.tenant.listUsers()) {
      const p = user.props;
      if (p.userType === 'Guest' || noLicence.has(p.id)) continue;
      const licences: AssignedLicense[] = [];
      // Megan stays on E3: "assign license E5 to megan" is a demo request.
      const e5 = p.id !== DEMO_IDENTITIES.megan.id && (e5Departments.has(p.department ?? '') || heads.has(p.id) || p.id === DEMO_IDENTITIES.patti.id);
      if (e5) {
        licences.push({ skuId: SKU_IDS.E5, disabledPlans: [] });
      } else {
        const disabled = p.id !== DEMO_IDENTITIES.megan.id && rng.chance(0.15) ? swayAndYammer : [];
        licences.push({ skuId: SKU_IDS.E3, disabledPlans: disabled });
        licences.push({ skuId: SKU_IDS.EMS, disabledPlans: [] });
      }
      if (p.department === 'Finance' || p.id === DEMO_IDENTITIES.leeG.id || (p.department === 'Sales' && rng.chance(0.15))) {
        licences.push({ skuId: SKU_IDS.POWER_BI_PRO, disabledPlans: [] });
      }
      p.assignedLicenses = licences;
    }
  }

  // ---- groups ----

  private addGroups(ceo: UserRecord): void {
    const users = this.tenant.listUsers().filter((u) => u.props.userType === 'Member');
    const people = users.filter((u) => u.props.department && u.props.department !== 'Executive');
    const byDept = (...depts: string[]) => people.filter((u) => depts.includes(u.props.department!)).map((u) => u.props.id);
    const head = (dept: string) => this.heads.get(dept)!.props.id;
    const sample = (n: number) => {
      const picked = new Set<string>();
      while (picked.size < n) picked.add(this.rng.pick(people).props.id);
      return [...picked];
    };
    const d = DEMO_IDENTITIES;
    const unified = (nick: string, name: string, description: string, members: string[], owners: string[], opts: { visibility?: string; team?: boolean } = {}) =>
      this.addGroup({ nick, name, description, members, owners, kind: 'm365', ...opts });

    unified('retail', 'Retail', 'Retail stores and merchandising.', byDept('Retail').filter((id) => id !== d.diego.id), [head('Retail'), d.adele.id], { team: true });
    unified('salesandmarketing', 'Sales and Marketing', 'Everyone in Sales and Marketing.', byDept('Sales', 'Marketing'), [head('Sales'), head('Marketing')], { team: true });
    unified('finance', 'Finance', 'Finance department.', byDept('Finance'), [head('Finance')], { team: true });
    unified('hrtaskforce', 'HR Taskforce', 'People team projects.', byDept('HR'), [head('HR')]);
    unified('itdepartment', 'IT Department', 'IT operations and service desk.', byDept('IT'), [head('IT'), d.admin.id], { team: true });
    unified('engineering', 'Engineering', 'Product engineering.', byDept('Engineering'), [head('Engineering')], { team: true });
    unified('legal', 'Legal Team', 'Legal and compliance.', byDept('Legal'), [head('Legal')]);
    unified('operations', 'Operations', 'Operations, logistics and facilities.', byDept('Operations'), [head('Operations')]);
    unified('support', 'Customer Support', 'Customer support and success.', byDept('Support'), [head('Support')], { team: true });
    unified('mark8project', 'Mark 8 Project Team', 'Cross-team launch of the Mark 8.', sample(14), [d.grady.id, d.megan.id], { team: true });
    unified('digitalinitiative', 'Digital Initiative Public Relations', 'Public relations for the digital initiative.', sample(9), [d.megan.id], { visibility: 'Public' });
    unified('allcompany', 'All Company', 'Company-wide announcements.', users.map((u) => u.props.id), [d.admin.id], { visibility: 'Public' });
    unified('ussales', 'U.S. Sales', 'Sales team in the United States.', people.filter((u) => u.props.department === 'Sales' && u.props.usageLocation === 'US').map((u) => u.props.id), [head('Sales')]);
    unified('leadership', 'Leadership', 'Executive leadership team.', [ceo.props.id, ...[...this.heads.values()].map((h) => h.props.id)], [ceo.props.id], { visibility: 'Private' });

    const security = (name: string, description: string, members: string[], owners: string[] = [d.admin.id]) =>
      this.addGroup({ nick: asciiSlug(name), name, description, members, owners, kind: 'security' });
    security('SG-Printers', 'Access to office printers.', sample(10).filter((id) => id !== d.lynne.id).concat(d.printer.id));
    security('SG-VPN Users', 'Remote access VPN.', byDept('IT', 'Engineering'));
    security('SG-Intune Pilot', 'Pilot ring for Intune policies.', sample(15));
    security('SG-Finance Apps', 'Access to finance applications.', byDept('Finance'));
    security('SG-Licensing-E5', 'Users entitled to Microsoft 365 E5.', users.filter((u) => u.props.assignedLicenses?.some((l) => l.skuId === SKU_IDS.E5)).map((u) => u.props.id));
    security('SG-Helpdesk Operators', 'Operators of the service desk tooling.', [d.helpdesk.id, d.admin.id, d.allan.id]);
    security('SG-CA Exclusions', 'Emergency-access accounts excluded from Conditional Access.', [d.admin.id]);

    const nwSales = people.filter((u) => u.props.department === 'Sales' && (u.props.city === 'Seattle' || u.props.city === 'Redmond')).map((u) => u.props.id);
    this.addGroup({ nick: 'nw-sales', name: 'Northwest Sales', description: 'Sales reps in the Pacific Northwest.', members: [...nwSales, d.isaiah.id].filter((id) => id !== d.megan.id), owners: [head('Sales')], kind: 'distribution' });
    this.addGroup({ nick: 'announcements', name: 'Contoso Announcements', description: 'Company announcements list.', members: users.slice(0, 40).map((u) => u.props.id), owners: [d.admin.id], kind: 'distribution' });
    this.addGroup({ nick: 'financeapprovers', name: 'Finance Approvers', description: 'Approvers for purchase orders.', members: byDept('Finance').slice(0, 6), owners: [head('Finance')], kind: 'mailSecurity' });

    const phoenix = this.addGroup({ nick: 'phoenix', name: 'Project Phoenix', description: 'Archived project workspace.', members: sample(6), owners: [d.grady.id], kind: 'm365' });
    this.tenant.softDeleteGroup(phoenix, new Date(EPOCH + 990 * DAY));
  }

  private addGroup(spec: {
    nick: string;
    name: string;
    description: string;
    members: string[];
    owners: string[];
    kind: 'm365' | 'security' | 'distribution' | 'mailSecurity';
    visibility?: string;
    team?: boolean;
  }): GroupRecord {
    const mailEnabled = spec.kind !== 'security';
    const mail = mailEnabled ? `${spec.nick}@${SANDBOX_DOMAIN}` : null;
    const group: GroupRecord = {
      props: {
        id: stableGuid('group', spec.nick),
        displayName: spec.name,
        description: spec.description,
        mailNickname: spec.nick,
        mail,
        mailEnabled,
        securityEnabled: spec.kind === 'security' || spec.kind === 'mailSecurity',
        groupTypes: spec.kind === 'm365' ? ['Unified'] : [],
        visibility: spec.kind === 'm365' ? (spec.visibility ?? 'Private') : null,
        isAssignableToRole: false,
        membershipRule: null,
        membershipRuleProcessingState: null,
        onPremisesSyncEnabled: null,
        proxyAddresses: mail ? [`SMTP:${mail}`] : [],
        resourceProvisioningOptions: spec.team ? ['Team'] : [],
        resourceBehaviorOptions: [],
        securityIdentifier: `S-1-12-1-${stableGuid('sid', spec.nick).replace(/\D/g, '').slice(0, 10)}`,
        createdDateTime: graphDateTime(new Date(EPOCH + this.rng.int(0, 600) * DAY)),
        renewedDateTime: null,
        deletedDateTime: null,
      },
      memberIds: new Set(spec.members.map((id) => id.toLowerCase())),
      ownerIds: new Set(spec.owners.map((id) => id.toLowerCase())),
    };
    group.props.renewedDateTime = group.props.createdDateTime;
    this.tenant.addGroup(group);
    return group;
  }
}

function emptyExtensionAttributes(): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (let i = 1; i <= 15; i++) out[`extensionAttribute${i}`] = null;
  return out;
}

/** "O'Brien" → "obrien", "Van Dijk" → "vandijk", "Muller" stays ASCII. */
function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '');
}
