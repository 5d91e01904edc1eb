import type { DirectoryRoleDefinition, SkuRecord } from '../tenant/tenant.types';

/**
 * Static material the Contoso seed draws from: names, departments, places, licences and roles.
 * Kept apart from the builder so the organisation can be reshaped without touching its logic.
 */

export const FIRST_NAMES = [
  'Aaliyah', 'Aaron', 'Abigail', 'Ahmed', 'Aiko', 'Alejandro', 'Amara', 'Amelia', 'Andrea', 'Anika',
  'Antoine', 'Arjun', 'Astrid', 'Beatriz', 'Benjamin', 'Bianca', 'Bruno', 'Camille', 'Carlos', 'Catalina',
  'Chen', 'Chloe', 'Daniel', 'Daria', 'David', 'Elena', 'Elias', 'Emma', 'Emre', 'Erik',
  'Fatima', 'Felix', 'Fiona', 'Francesca', 'Gabriel', 'Giulia', 'Hannah', 'Haruto', 'Hugo', 'Ingrid',
  'Isabel', 'Ivan', 'Jack', 'James', 'Jasper', 'Javier', 'Jonas', 'Julia', 'Kai', 'Kenji',
  'Laura', 'Leon', 'Liam', 'Lucas', 'Lucia', 'Maja', 'Marco', 'Maria', 'Mateo', 'Mei',
  'Mohammed', 'Nadia', 'Naomi', 'Nina', 'Noah', 'Olivia', 'Omar', 'Oscar', 'Paula', 'Pierre',
  'Priya', 'Rafael', 'Ravi', 'Rosa', 'Ryan', 'Sakura', 'Samuel', 'Sara', 'Sofia', 'Sophie',
  'Stefan', 'Tariq', 'Thomas', 'Valentina', 'Victor', 'Wei', 'William', 'Yuki', 'Zara', 'Zoe',
] as const;

export const LAST_NAMES = [
  'Abbott', 'Alvarez', 'Andersen', 'Bakker', 'Becker', 'Bennett', 'Bernard', 'Bianchi', 'Brennan', 'Carter',
  'Castillo', 'Chang', 'Chowdhury', 'Clarke', 'Costa', 'Dubois', 'Duarte', 'Eriksson', 'Fischer', 'Fontaine',
  'Garcia', 'Gallagher', 'Hansen', 'Hayashi', 'Hernandez', 'Hoffmann', 'Hughes', 'Ishikawa', 'Jansen', 'Johansson',
  'Kapoor', 'Kato', 'Keller', 'Kim', 'Kowalski', 'Larsen', 'Laurent', 'Lefebvre', 'Lindqvist', 'Lopez',
  'Martin', 'Mendes', 'Moreau', 'Morris', 'Nakamura', 'Nguyen', 'Novak', 'O\'Brien', 'Okafor', 'Olsen',
  'Patel', 'Peeters', 'Petrov', 'Ramirez', 'Reid', 'Ricci', 'Romano', 'Rossi', 'Sanchez', 'Santos',
  'Schmidt', 'Schneider', 'Shah', 'Singh', 'Smith', 'Sorensen', 'Suzuki', 'Tanaka', 'Taylor', 'Thompson',
  'Van Dijk', 'Vargas', 'Visser', 'Wagner', 'Walsh', 'Watanabe', 'Weber', 'Williams', 'Wright', 'Yamamoto',
] as const;

export interface DepartmentSpec {
  name: string;
  head: string;
  managers: string[];
  staff: string[];
  /** Relative share of generated staff. */
  weight: number;
}

export const DEPARTMENTS: DepartmentSpec[] = [
  { name: 'Sales', head: 'VP of Sales', managers: ['Sales Manager', 'Regional Sales Manager'], staff: ['Account Executive', 'Sales Representative', 'Inside Sales Representative', 'Sales Engineer'], weight: 6 },
  { name: 'Marketing', head: 'Chief Marketing Officer', managers: ['Marketing Manager'], staff: ['Marketing Specialist', 'Content Strategist', 'Product Marketing Manager', 'Brand Designer'], weight: 3 },
  { name: 'Finance', head: 'Chief Financial Officer', managers: ['Finance Manager', 'Controller'], staff: ['Accountant', 'Financial Analyst', 'Payroll Specialist', 'Accounts Payable Clerk'], weight: 3 },
  { name: 'HR', head: 'HR Director', managers: ['HR Manager'], staff: ['HR Generalist', 'Recruiter', 'Benefits Specialist', 'Talent Partner'], weight: 2 },
  { name: 'IT', head: 'Chief Information Officer', managers: ['IT Manager'], staff: ['Systems Administrator', 'Network Engineer', 'Service Desk Analyst', 'Security Analyst'], weight: 3 },
  { name: 'Engineering', head: 'VP of Engineering', managers: ['Engineering Manager', 'Principal Engineer'], staff: ['Software Engineer', 'Senior Software Engineer', 'QA Engineer', 'DevOps Engineer', 'Data Engineer'], weight: 6 },
  { name: 'Legal', head: 'General Counsel', managers: ['Legal Manager'], staff: ['Corporate Counsel', 'Paralegal', 'Compliance Officer'], weight: 1 },
  { name: 'Operations', head: 'COO', managers: ['Operations Manager', 'Logistics Manager'], staff: ['Operations Analyst', 'Supply Chain Coordinator', 'Facilities Coordinator', 'Procurement Specialist'], weight: 3 },
  { name: 'Support', head: 'Director of Customer Support', managers: ['Support Manager'], staff: ['Support Engineer', 'Customer Success Manager', 'Technical Support Specialist'], weight: 4 },
  { name: 'Retail', head: 'Director of Retail', managers: ['Store Manager'], staff: ['Retail Associate', 'Merchandiser', 'Store Supervisor'], weight: 3 },
];

export interface CountrySpec {
  code: string;
  name: string;
  cities: { city: string; state: string | null; postalCode: string; street: string }[];
  phonePrefix: string;
  language: string;
  weight: number;
}

export const COUNTRIES: CountrySpec[] = [
  { code: 'US', name: 'United States', phonePrefix: '+1 425 555', language: 'en-US', weight: 9, cities: [
    { city: 'Redmond', state: 'WA', postalCode: '98052', street: '1 Microsoft Way' },
    { city: 'Seattle', state: 'WA', postalCode: '98101', street: '400 Pine St' },
    { city: 'New York', state: 'NY', postalCode: '10001', street: '11 Times Sq' },
    { city: 'Austin', state: 'TX', postalCode: '78701', street: '300 Congress Ave' },
    { city: 'Chicago', state: 'IL', postalCode: '60601', street: '200 E Randolph St' },
  ] },
  { code: 'GB', name: 'United Kingdom', phonePrefix: '+44 20 7946', language: 'en-GB', weight: 3, cities: [
    { city: 'London', state: null, postalCode: 'EC2A 4NE', street: '20 Finsbury Ave' },
    { city: 'Manchester', state: null, postalCode: 'M1 3HU', street: '1 Piccadilly Pl' },
  ] },
  { code: 'DE', name: 'Germany', phonePrefix: '+49 30 901820', language: 'de-DE', weight: 3, cities: [
    { city: 'Berlin', state: 'BE', postalCode: '10117', street: 'Unter den Linden 17' },
    { city: 'Munich', state: 'BY', postalCode: '80331', street: 'Marienplatz 8' },
  ] },
  { code: 'FR', name: 'France', phonePrefix: '+33 1 70 36', language: 'fr-FR', weight: 2, cities: [
    { city: 'Paris', state: null, postalCode: '75008', street: '39 Quai du Président Roosevelt' },
    { city: 'Lyon', state: null, postalCode: '69002', street: '12 Rue de la République' },
  ] },
  { code: 'IT', name: 'Italy', phonePrefix: '+39 02 3659', language: 'it-IT', weight: 2, cities: [
    { city: 'Milan', state: 'MI', postalCode: '20124', street: 'Viale Pasubio 21' },
    { city: 'Rome', state: 'RM', postalCode: '00187', street: 'Via del Corso 4' },
  ] },
  { code: 'ES', name: 'Spain', phonePrefix: '+34 91 123', language: 'es-ES', weight: 2, cities: [
    { city: 'Madrid', state: 'M', postalCode: '28046', street: 'Paseo de la Castellana 79' },
    { city: 'Barcelona', state: 'B', postalCode: '08002', street: 'Plaça de Catalunya 9' },
  ] },
  { code: 'NL', name: 'Netherlands', phonePrefix: '+31 20 794', language: 'nl-NL', weight: 2, cities: [
    { city: 'Amsterdam', state: null, postalCode: '1017 CE', street: 'Herengracht 450' },
  ] },
  { code: 'CA', name: 'Canada', phonePrefix: '+1 416 555', language: 'en-CA', weight: 2, cities: [
    { city: 'Toronto', state: 'ON', postalCode: 'M5J 2N8', street: '81 Bay St' },
    { city: 'Vancouver', state: 'BC', postalCode: 'V6C 1T2', street: '725 Granville St' },
  ] },
  { code: 'AU', name: 'Australia', phonePrefix: '+61 2 5550', language: 'en-AU', weight: 2, cities: [
    { city: 'Sydney', state: 'NSW', postalCode: '2000', street: '1 Epping Rd' },
    { city: 'Melbourne', state: 'VIC', postalCode: '3000', street: '12 Collins St' },
  ] },
  { code: 'JP', name: 'Japan', phonePrefix: '+81 3 4332', language: 'ja-JP', weight: 2, cities: [
    { city: 'Tokyo', state: null, postalCode: '108-0075', street: '2-16-3 Konan, Minato-ku' },
    { city: 'Osaka', state: null, postalCode: '530-0001', street: '3-3-3 Umeda, Kita-ku' },
  ] },
];

export const AUTHENTICATOR_DEVICES = [
  { displayName: 'iPhone 15 Pro', deviceTag: 'SoftwareTokenActivated', phoneAppVersion: '6.8.11' },
  { displayName: 'iPhone 14', deviceTag: 'SoftwareTokenActivated', phoneAppVersion: '6.8.9' },
  { displayName: 'Pixel 8', deviceTag: 'SoftwareTokenActivated', phoneAppVersion: '6.2406.3811' },
  { displayName: 'Galaxy S24', deviceTag: 'SoftwareTokenActivated', phoneAppVersion: '6.2405.3420' },
  { displayName: 'iPhone 13 mini', deviceTag: 'SoftwareTokenActivated', phoneAppVersion: '6.7.22' },
] as const;

export const FIDO2_KEYS = [
  { displayName: 'YubiKey 5 NFC', model: 'YubiKey 5 Series with NFC', aaGuid: 'cb69481e-8ff7-4039-93ec-0a2729a154a8' },
  { displayName: 'YubiKey 5C', model: 'YubiKey 5 Series', aaGuid: 'ee882879-721c-4913-9775-3dfcce97072a' },
  { displayName: 'Feitian BioPass', model: 'Feitian BioPass FIDO2 Authenticator', aaGuid: '77010bd7-212a-4fc9-b236-d2ca5e9d4084' },
] as const;

const plan = (servicePlanId: string, servicePlanName: string): SkuRecord['servicePlans'][number] => ({
  servicePlanId,
  servicePlanName,
  appliesTo: 'User',
});

export const SERVICE_PLANS = {
  exchange: plan('efb87545-963c-4e0d-99df-69c6916d9eb0', 'EXCHANGE_S_ENTERPRISE'),
  sharepoint: plan('5dbe027f-2339-4123-9542-606e4d348a72', 'SHAREPOINTENTERPRISE'),
  officeApps: plan('43de0ff5-c92c-492b-9116-175376d08c38', 'OFFICESUBSCRIPTION'),
  skype: plan('0feaeb32-d00e-4d66-bd5a-43b5b83db82c', 'MCOSTANDARD'),
  teams: plan('57ff2da0-773e-42df-b2af-ffb7a2317929', 'TEAMS1'),
  sway: plan('a23b959c-7ce8-4e57-9140-b90eb88a9e97', 'SWAY'),
  formsE3: plan('2789c901-c14e-48ab-a76a-be334d9d793a', 'FORMS_PLAN_E3'),
  formsE5: plan('e212cbc7-0961-4c40-9825-01117710dcb1', 'FORMS_PLAN_E5'),
  yammer: plan('7547a3fe-08ee-4ccb-b430-5077c5041653', 'YAMMER_ENTERPRISE'),
  planner: plan('b737dad2-2f6c-4c65-90e3-ca563267e8b9', 'PROJECTWORKMANAGEMENT'),
  flowE3: plan('76846ad7-7776-4c40-a281-a386362dd1b9', 'FLOW_O365_P2'),
  powerAppsE3: plan('c68f8d98-5534-41c8-bf36-22fa496fa792', 'POWERAPPS_O365_P2'),
  officeWeb: plan('e95bec33-7c88-4a70-8e19-b10bd9d0c014', 'SHAREPOINTWAC'),
  phoneSystem: plan('4828c8ec-dc2e-4779-b502-87ac9ce28ab7', 'MCOEV'),
  audioConferencing: plan('3e26ee1f-8a5f-4d52-aee2-b81ce45c8f40', 'MCOMEETADV'),
  powerBiPro: plan('70d33638-9c74-4d01-bfd3-562de28bd4ba', 'BI_AZURE_P2'),
  aadP1: plan('41781fb2-bc02-4b7c-bd55-b576c07bb09d', 'AAD_PREMIUM'),
  aadP2: plan('eec0eb4f-6444-4f95-aba0-50c24d67f998', 'AAD_PREMIUM_P2'),
  intune: plan('c1ec4a95-1f05-45b3-a911-aa3fa01094f5', 'INTUNE_A'),
  mfa: plan('8a256a2b-b617-496d-b51b-e76466e88db0', 'MFA_PREMIUM'),
  rmsPremium: plan('6c57d4b6-3b23-47a5-9bc9-69f17b4947b3', 'RMS_S_PREMIUM'),
  defenderO365: plan('f20fedf3-f3c3-43c3-8267-2bfdd51c0939', 'ATP_ENTERPRISE'),
  exchangeFoundation: plan('113feb6c-3fe4-4440-bddc-54d774bf0318', 'EXCHANGE_S_FOUNDATION'),
} as const;

export const SKU_IDS = {
  E3: '6fd2c87f-b296-42f0-b197-1e91e994b900',
  E5: '06ebc4ee-1bb5-47dd-8120-11324bc54e06',
  EMS: 'efccb6f7-5641-4e0e-bd10-b4976e1bf68e',
  POWER_BI_PRO: 'f8a1db68-be16-40ed-86d5-cb42ce701560',
} as const;

export function buildSkus(): SkuRecord[] {
  const p = SERVICE_PLANS;
  return [
    {
      skuId: SKU_IDS.E3,
      skuPartNumber: 'ENTERPRISEPACK',
      productName: 'Office 365 E3',
      prepaidEnabled: 250,
      servicePlans: [p.exchange, p.sharepoint, p.officeWeb, p.officeApps, p.skype, p.teams, p.sway, p.formsE3, p.yammer, p.planner, p.flowE3, p.powerAppsE3],
    },
    {
      skuId: SKU_IDS.E5,
      skuPartNumber: 'SPE_E5',
      productName: 'Microsoft 365 E5',
      prepaidEnabled: 60,
      servicePlans: [p.exchange, p.sharepoint, p.officeWeb, p.officeApps, p.skype, p.teams, p.sway, p.formsE5, p.yammer, p.planner, p.phoneSystem, p.audioConferencing, p.powerBiPro, p.aadP1, p.aadP2, p.intune, p.mfa, p.rmsPremium, p.defenderO365],
    },
    {
      skuId: SKU_IDS.EMS,
      skuPartNumber: 'EMS',
      productName: 'Enterprise Mobility + Security E3',
      prepaidEnabled: 250,
      servicePlans: [p.aadP1, p.intune, p.mfa, p.rmsPremium],
    },
    {
      skuId: SKU_IDS.POWER_BI_PRO,
      skuPartNumber: 'POWER_BI_PRO',
      productName: 'Power BI Pro',
      prepaidEnabled: 30,
      servicePlans: [p.exchangeFoundation, p.powerBiPro],
    },
  ];
}

export const ROLE_TEMPLATE_IDS = {
  globalAdministrator: '62e90394-69f5-4237-9190-012177145e10',
  userAdministrator: 'fe930be7-5e62-47db-91af-98c3a49a38b1',
  helpdeskAdministrator: '729827e3-9c14-49f7-bb1b-9608f156bbb8',
  authenticationAdministrator: 'c4e39bd9-1100-46d3-8c65-fb160da0071f',
  privilegedAuthenticationAdministrator: '7be44c8a-adaf-4e2a-84d6-ab2649e08a13',
  globalReader: 'f2ef992c-3afb-46b9-b7cf-a126ee74c451',
} as const;

export function buildDirectoryRoles(): DirectoryRoleDefinition[] {
  const r = ROLE_TEMPLATE_IDS;
  return [
    { roleTemplateId: r.globalAdministrator, displayName: 'Global Administrator', description: 'Can manage all aspects of Microsoft Entra ID and Microsoft services that use Microsoft Entra identities.' },
    { roleTemplateId: r.userAdministrator, displayName: 'User Administrator', description: 'Can manage all aspects of users and groups, including resetting passwords for limited admins.' },
    { roleTemplateId: r.helpdeskAdministrator, displayName: 'Helpdesk Administrator', description: 'Can reset passwords for non-administrators and Helpdesk Administrators.' },
    { roleTemplateId: r.authenticationAdministrator, displayName: 'Authentication Administrator', description: 'Can access to view, set and reset authentication method information for any non-admin user.' },
    { roleTemplateId: r.privilegedAuthenticationAdministrator, displayName: 'Privileged Authentication Administrator', description: 'Can access to view, set and reset authentication method information for any user (admin or non-admin).' },
    { roleTemplateId: r.globalReader, displayName: 'Global Reader', description: 'Can read everything that a Global Administrator can, but not update anything.' },
  ];
}
