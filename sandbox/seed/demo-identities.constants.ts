/**
 * Fixed identities of the Contoso sandbox tenant. Tests, demos and the bot's sandbox mode refer to
 * these by name; the ids equal what the seed derives (stableGuid('user', upn)), and a test checks it.
 */

export const SANDBOX_TENANT_ID = 'abe5fcbc-2643-5191-a399-d5c6e5aebbce';
export const SANDBOX_TENANT_NAME = 'Contoso';
export const SANDBOX_DOMAIN = 'contoso.com';
export const SANDBOX_INITIAL_DOMAIN = 'contoso.onmicrosoft.com';

/** The sandbox app registration the bot uses in sandbox mode (client-credentials flow). */
export const SANDBOX_CLIENT_ID = '1c1e6890-4239-51b1-b569-7b1692313b3f';
/** Not a secret: it only opens the local sandbox. */
export const SANDBOX_CLIENT_SECRET = 'sandbox~Steward.ClientSecret.0001';
export const SANDBOX_APP_NAME = 'Steward (sandbox)';

/** Password of every seeded member account unless listed otherwise (usable for ROPC sign-in). */
export const SANDBOX_DEFAULT_PASSWORD = 'Contoso!Sandbox2024';

export interface DemoIdentity {
  upn: string;
  id: string;
  displayName: string;
  password: string;
  /** Entra role held, if any. */
  role?: 'Global Administrator' | 'Helpdesk Administrator' | 'Global Reader';
}

export const DEMO_IDENTITIES = {
  admin: {
    upn: 'admin@contoso.com',
    id: 'fdba3ec3-3d3f-5825-a524-8de4e164d1e4',
    displayName: 'Alex Admin',
    password: 'Admin!Sandbox2024',
    role: 'Global Administrator',
  },
  helpdesk: {
    upn: 'helpdesk@contoso.com',
    id: 'dd4de37d-29cb-52bc-910e-53258e8d1fb2',
    displayName: 'Harper Lane',
    password: 'Helpdesk!Sandbox2024',
    role: 'Helpdesk Administrator',
  },
  reader: {
    upn: 'reader@contoso.com',
    id: '8856b709-cf3c-5229-8ce9-586e4d42d572',
    displayName: 'Riley Brooks',
    password: 'Reader!Sandbox2024',
    role: 'Global Reader',
  },
  jane: {
    upn: 'jane@contoso.com',
    id: 'd1e70db7-a2bf-5f59-80a3-14a863886e5a',
    displayName: 'Jane Doe',
    password: SANDBOX_DEFAULT_PASSWORD,
  },
  alexW: { upn: 'alex.w@contoso.com', id: '21c19c6b-dd56-5661-b5dc-4695623e0500', displayName: 'Alex Wilber', password: SANDBOX_DEFAULT_PASSWORD },
  megan: { upn: 'megan@contoso.com', id: '89d44127-f6ab-55f5-a811-5b199a992aa1', displayName: 'Megan Bowen', password: SANDBOX_DEFAULT_PASSWORD },
  adele: { upn: 'adele@contoso.com', id: '7e164fb0-e84e-5627-b766-394c00873006', displayName: 'Adele Vance', password: SANDBOX_DEFAULT_PASSWORD },
  lynne: { upn: 'lynne@contoso.com', id: '2b360174-ad43-5240-8503-258e28dbbd3b', displayName: 'Lynne Robbins', password: SANDBOX_DEFAULT_PASSWORD },
  grady: { upn: 'grady@contoso.com', id: 'bf84a540-2f8d-5247-b5ad-4ecc34dbc70e', displayName: 'Grady Archie', password: SANDBOX_DEFAULT_PASSWORD },
  diego: { upn: 'diego@contoso.com', id: '7da72335-0a0f-5b1b-8241-9b4a8e5e1cc2', displayName: 'Diego Siciliani', password: SANDBOX_DEFAULT_PASSWORD },
  pradeep: { upn: 'pradeep@contoso.com', id: 'e97a26db-c8bf-599c-b8bd-7ab75234b25e', displayName: 'Pradeep Gupta', password: SANDBOX_DEFAULT_PASSWORD },
  joni: { upn: 'joni@contoso.com', id: '2775c3d8-cfd5-5e59-842e-6e94eb783bb8', displayName: 'Joni Sherman', password: SANDBOX_DEFAULT_PASSWORD },
  isaiah: { upn: 'isaiah@contoso.com', id: '5be7b1f8-ea9e-5328-840c-3c5f2ddf1aae', displayName: 'Isaiah Langer', password: SANDBOX_DEFAULT_PASSWORD },
  nestor: { upn: 'nestor@contoso.com', id: 'ce08d4d6-08f4-56b7-8702-0580747dc9d9', displayName: 'Nestor Wilke', password: SANDBOX_DEFAULT_PASSWORD },
  miriam: { upn: 'miriam@contoso.com', id: '6b85c0bd-c437-5ba7-9e67-b3b9a75b8e43', displayName: 'Miriam Graham', password: SANDBOX_DEFAULT_PASSWORD },
  allan: { upn: 'allan@contoso.com', id: 'a8778f9b-d62f-5c75-8a07-954333cbd7f6', displayName: 'Allan Deyoung', password: SANDBOX_DEFAULT_PASSWORD },
  patti: { upn: 'patti@contoso.com', id: 'be1f4f9c-05d4-511c-9098-c4a42e4ea676', displayName: 'Patti Fernandez', password: SANDBOX_DEFAULT_PASSWORD },
  leeG: { upn: 'lee.g@contoso.com', id: 'f4040629-b93c-50fd-a733-cff7f1c8ec2b', displayName: 'Lee Gu', password: SANDBOX_DEFAULT_PASSWORD },
  irvin: { upn: 'irvin@contoso.com', id: 'b6951454-e52b-50a6-98ed-9b73750be273', displayName: 'Irvin Sayers', password: SANDBOX_DEFAULT_PASSWORD },
  johanna: { upn: 'johanna@contoso.com', id: '896ae739-6737-5431-9ea1-c1c735d0e8bd', displayName: 'Johanna Lorenz', password: SANDBOX_DEFAULT_PASSWORD },
  printer: { upn: 'printer@contoso.com', id: '85471e43-57e6-53db-a605-27d2b6b57f6c', displayName: 'Printer Service', password: SANDBOX_DEFAULT_PASSWORD },
  partner: { upn: 'partner@contoso.com', id: '875c8c3c-d28c-5e55-9b18-ab377ae8a469', displayName: 'Partner Liaison', password: SANDBOX_DEFAULT_PASSWORD },
  camera: { upn: 'camera@contoso.com', id: 'd00e3260-a780-590b-80f6-1e03e45aaf53', displayName: 'Camera Kit', password: SANDBOX_DEFAULT_PASSWORD },
  room12: { upn: 'room12@contoso.com', id: 'ae59c448-1fe4-592e-b5aa-4b6e4a2ef467', displayName: 'Room 12', password: SANDBOX_DEFAULT_PASSWORD },
} as const satisfies Record<string, DemoIdentity>;

/** Users that start in the recycle bin (directory/deletedItems), for restore and purge demos. */
export const DELETED_DEMO_IDENTITIES = {
  lidia: { upn: 'lidia@contoso.com', id: '52e7dc86-c613-527f-acde-63655bb02869', displayName: 'Lidia Holloway', password: SANDBOX_DEFAULT_PASSWORD },
  henrietta: { upn: 'henrietta@contoso.com', id: 'b28fff0a-5826-5c2e-8e14-0145ffdd4d7e', displayName: 'Henrietta Mueller', password: SANDBOX_DEFAULT_PASSWORD },
} as const satisfies Record<string, DemoIdentity>;

/** Display names that share the first name "Jane", so "reset mfa for Jane" has several matches. */
export const JANE_NAMESAKES = ['Jane Doe', 'Jane Cooper', 'Jane Okafor', 'Janet Muller'] as const;

/** Well-known groups of the seed, by mail nickname. */
export const DEMO_GROUPS = {
  retail: { mail: 'retail@contoso.com', displayName: 'Retail', kind: 'm365' },
  nwSales: { mail: 'nw-sales@contoso.com', displayName: 'Northwest Sales', kind: 'distribution' },
  sgPrinters: { mail: null, displayName: 'SG-Printers', kind: 'security' },
} as const;

/**
 * Directory accounts behind the Exchange seed's non-personal recipients: shared mailboxes (disabled,
 * unlicensed accounts, as Exchange creates them). Room 12 and Camera Kit above become a room and an
 * equipment mailbox, and Partner Liaison a mail user (a Contoso sign-in whose mail goes to Fabrikam).
 */
export const EXCHANGE_DEMO_ACCOUNTS = {
  info: { upn: 'info@contoso.com', displayName: 'Contoso Info', department: 'Marketing', kind: 'SharedMailbox' },
  ithelp: { upn: 'ithelp@contoso.com', displayName: 'IT Helpdesk', department: 'Support', kind: 'SharedMailbox' },
} as const;

/** Where the mail user Partner Liaison (partner@contoso.com) receives mail. */
export const PARTNER_EXTERNAL_EMAIL = 'liaison@fabrikam.com';
