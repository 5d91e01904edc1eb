import fs from 'node:fs';
import path from 'node:path';
import { ALL_ACTIONS } from '../../actions/catalog';
import { DELETED_DEMO_IDENTITIES, DEMO_IDENTITIES } from '../../sandbox/seed/demo-identities.constants';
import { buttonData, cardText, lastCard, repliesText, startTestSteward, type TestSteward } from './steward.harness';

/**
 * Catalog call check: every registered identity action (Users, Microsoft 365 groups, Security groups,
 * App registrations) is run once over HTTP (chat line, form or "Which …?" answers, Confirm), and every
 * Graph request it made is compared with the catalog's call list for that action
 * (test/fixtures/catalog/graph-calls.json, copied from ../shared/catalog/actions.yaml; path parameters
 * normalised to {id}, query strings dropped).
 *
 * The rule: each write (any method but GET) must appear, as "METHOD pathTemplate", in the action's list.
 * GET reads are allowed generally: previews, name resolution and before → after captures read whatever
 * they need. Requests inside a $batch are logged one by one and checked like the others. Graph-backed
 * actions must make at least one write (so the run really happened); internal ones (tags, portal
 * attributes) may make none.
 */
const { admin, jane, alexW, megan, adele, lynne, grady, diego, joni, isaiah, nestor, miriam, allan, patti, leeG, johanna, irvin, pradeep } =
  DEMO_IDENTITIES;
const { lidia, henrietta } = DELETED_DEMO_IDENTITIES;

interface CatalogEntry {
  category: string;
  backend: string;
  calls: string[];
}
const CATALOG: Record<string, CatalogEntry> = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '../fixtures/catalog/graph-calls.json'), 'utf8'),
);

/** One run per action: the chat line, then the values of each intermediate card (a form or "Which …?"). */
const RUNS: [actionId: string, line: string, steps?: Record<string, unknown>[]][] = [
  ['user.manage-password', `reset ${jane.upn}'s password`],
  ['user.password-never-expires', `set the password of ${patti.upn} to never expire`],
  ['user.manage-licenses', `assign E5 to ${megan.upn}`],
  ['user.manage-service-plans', `disable yammer in the E3 license of ${megan.upn}`],
  ['user.edit-properties', `update ${leeG.upn} job title to Principal Engineer`],
  ['user.clone', `clone ${megan.upn}`, [{ userPrincipalName: 'megan.copy@contoso.com', displayName: 'Megan Copy' }]],
  ['user.rename', `change the UPN of ${johanna.upn} to johanna.lorenz@contoso.com`],
  [
    'user.create',
    'create a new user',
    [{ displayName: 'Catalog Hire', userPrincipalName: 'catalog.hire@contoso.com', usageLocation: 'US', licenses: 'Office 365 E3', manager: megan.upn, emailTo: 'hr@fabrikam.com' }],
  ],
  ['user.invite-guest', 'invite catalog.guest@northwind.com as guest user'],
  ['user.revoke-sessions', `revoke all sign-in sessions of ${alexW.upn}`],
  ['user.set-sign-in-status', `block ${nestor.upn}`],
  ['user.reset-mfa', `reset MFA for ${jane.upn}`],
  ['user.manage-mfa', `enforce multi-factor authentication on ${joni.upn}`],
  ['user.remove-all-licenses', `remove all licenses from ${adele.upn}`],
  ['user.remove-from-all-groups', `remove ${grady.upn} from every group`],
  ['user.bulk-edit-properties', `bulk edit user properties of ${irvin.upn} and ${pradeep.upn}: department to Research Lab`],
  ['user.remove', `delete the user ${isaiah.upn}`],
  ['user.remove-guest', 'remove the guest kim.akers@fabrikam.com'],
  ['user.restore', `restore deleted user ${lidia.upn}`],
  ['user.purge-deleted', `remove ${henrietta.upn} from the recycle bin for good`],
  ['user.add-tags', `add tag Pilot to ${allan.upn}`],
  ['user.remove-tags', `remove tag Pilot from ${allan.upn}`],
  ['user.manage-tags', `set the tags of ${allan.upn} to Onboarding, VIP`],
  ['user.flush-tags', `remove all tags from ${allan.upn}`],
  ['user.set-portal-attribute', `set the portal attribute CostCenter=4410 for ${miriam.upn}`],
  ['security-group.add-members', `add ${lynne.upn} and ${diego.upn} to the security group`, [{ target: 'SG-Printers' }]],
  ['security-group.remove-members', `remove ${lynne.upn} from the security group`, [{ target: 'SG-Printers' }]],
  ['security-group.create', 'create a security group called "SG-Catalog Check"'],
  ['security-group.edit', 'rename the security group', [{ target: 'SG-VPN Users' }, { displayName: 'SG-VPN Remote' }]],
  ['security-group.remove', 'delete the security group', [{ target: 'SG-Intune Pilot' }]],
  ['m365-group.add-members', `add ${jane.upn} to the Microsoft 365 group legal@contoso.com`],
  ['m365-group.remove-members', `remove ${jane.upn} from the Microsoft 365 group legal@contoso.com`],
  ['m365-group.create', 'create a Microsoft 365 group', [{ displayName: 'Catalog Check', mailNickname: 'catalogcheck', owners: megan.upn, members: grady.upn }]],
  ['m365-group.edit', 'edit the Microsoft 365 group hrtaskforce@contoso.com', [{ visibility: 'Public', description: 'People projects' }]],
  ['m365-group.manage-members', 'manage members of the Microsoft 365 group support@contoso.com', [{ addOwners: adele.upn, addMembers: adele.upn }]],
  ['m365-group.remove', 'delete the Microsoft 365 group operations@contoso.com'],
  ['m365-group.restore', 'restore the deleted Microsoft 365 group "Project Phoenix"'],
  ['app-registration.delete', 'delete the app registration "Legacy Sync Tool"', [{ target: 'Legacy Sync Tool' }]],
];

let t: TestSteward;
beforeAll(async () => {
  t = await startTestSteward();
}, 120_000);
afterAll(async () => {
  await t?.close();
});

/** Graph requests (not token or inspection requests) since `mark`, as "METHOD pathTemplate". */
function graphRequestsSince(mark: number): { method: string; call: string }[] {
  return t.steward
    .sandbox!.requestLog.slice(mark)
    .filter((r) => r.pathTemplate.startsWith('/v1.0/') || r.pathTemplate.startsWith('/beta/'))
    .map((r) => ({ method: r.method, call: `${r.method} ${r.pathTemplate}` }));
}

describe('catalog call check: each identity action calls only the endpoints its catalog entry lists', () => {
  it('covers every registered identity action', () => {
    const registered = ALL_ACTIONS.map((a) => a.id).filter((id) => id in CATALOG);
    expect(RUNS.map(([id]) => id).sort()).toEqual(expect.arrayContaining(registered.sort()));
  });

  const registered = new Set(ALL_ACTIONS.map((a) => a.id));
  it.each(RUNS.filter(([id]) => registered.has(id)))('%s', async (actionId, line, steps = []) => {
    const chat = t.chat({ objectId: admin.id });
    const mark = t.steward.sandbox!.requestLog.length;
    let card = lastCard(await chat.say(line));
    for (const values of steps) card = lastCard(await chat.click(buttonData(card, /^(Continue|Next|Submit|OK)/i), values));
    const confirm = buttonData(card, /^Confirm/);
    expect(confirm.steward.actionId).toBe(actionId);
    const result = repliesText(await chat.click(confirm));
    expect(result).not.toMatch(/failed|couldn't|could not|error/i);

    const writes = graphRequestsSince(mark)
      .filter((r) => r.method !== 'GET')
      .map((r) => r.call);
    if (process.env.CATALOG_CALLS_REPORT) process.stdout.write(`${actionId}: ${[...new Set(graphRequestsSince(mark).map((r) => r.call))].join(' | ')}\n`);
    const unlisted = [...new Set(writes.filter((w) => !CATALOG[actionId].calls.includes(w)))];
    if (unlisted.length > 0) throw new Error(`${actionId} made calls its catalog entry does not list:\n  ${unlisted.join('\n  ')}\nresult: ${result}\ncard: ${cardText(card)}`);
    expect(unlisted).toEqual([]);
    if (CATALOG[actionId].backend !== 'internal') expect(writes.length).toBeGreaterThan(0);
  });
});
