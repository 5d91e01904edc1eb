import { ALL_ACTIONS } from '../../actions/catalog';
import { recognizerFor } from '../../app/intents';
import { COMMANDS } from '../../dialogs/commands';

/**
 * Exchange wordings that used to trip the recognizer, written apart from the tuning sets: "kick X out of" a
 * list is a membership change (not a sign-out), a new alias or a forwarding address is a value (not the
 * mailbox acted on), and list, send-as and delegate requests keep their direction (add vs remove). The noun a
 * text calls an address by ("the … DL", "shared mailbox …") says what kind of object it is, and so which action.
 */
const recognizer = recognizerFor(ALL_ACTIONS, COMMANDS);
const r = (text: string) => recognizer.recognize(text);

describe('Exchange wording', () => {
  it('"kick … out of" a distribution list removes members', () => {
    expect(r('kick her out of the DL nw-sales@contoso.com')).toMatchObject({ actionId: 'distribution-group.remove-members', targets: ['nw-sales@contoso.com'] });
    expect(r('kick megan@contoso.com out of the announcements@contoso.com distribution list').params).toMatchObject({ members: ['megan@contoso.com'] });
  });

  it('puts people on a list and takes them off it', () => {
    expect(r('put lee@contoso.com on the announcements@contoso.com list')).toMatchObject({ actionId: 'distribution-group.add-members', targets: ['announcements@contoso.com'] });
    expect(r('take lee@contoso.com off the announcements@contoso.com list')).toMatchObject({ actionId: 'distribution-group.remove-members', targets: ['announcements@contoso.com'] });
  });

  it('a new alias is a value of the mailbox or list, not a target', () => {
    expect(r('give adele@contoso.com the alias a.vance@contoso.com')).toMatchObject({ actionId: 'mailbox.edit', targets: ['adele@contoso.com'], params: { addEmailAddresses: ['a.vance@contoso.com'] } });
    expect(r('add the alias team-sales@contoso.com to the DL nw-sales@contoso.com')).toMatchObject({ actionId: 'distribution-group.edit', targets: ['nw-sales@contoso.com'] });
  });

  it('the address mail is forwarded to is not the mailbox', () => {
    expect(r('forward mail from lee@contoso.com to the external address lee.private@gmail.com')).toMatchObject({ actionId: 'mailbox.forward-to-smtp', targets: ['lee@contoso.com'] });
  });

  it('revoking send-as on a list and removing a delegate keep their direction', () => {
    expect(r("revoke lee@contoso.com's send as on the DL announcements@contoso.com")).toMatchObject({ actionId: 'distribution-group.remove-delegation', targets: ['announcements@contoso.com'] });
    expect(r('give lee@contoso.com send as on the DL announcements@contoso.com').actionId).toBe('distribution-group.grant-send-permissions');
    expect(r('remove lee@contoso.com as a delegate of ithelp@contoso.com')).toMatchObject({ actionId: 'mailbox.remove-delegates', targets: ['ithelp@contoso.com'] });
    expect(r('make lee@contoso.com a delegate of ithelp@contoso.com').actionId).toBe('mailbox.add-users-as-delegates');
  });

  it('"permanently" removes a mailbox or contact when the request names one', () => {
    expect(r("permanently delete lee@contoso.com's mailbox").actionId).toBe('mailbox.remove');
    expect(r('permanently remove the contact ann@litware.com').actionId).toBe('mail-contact.remove');
  });

  it('the noun an address is called by picks the target and the kind of action', () => {
    // the list is named as one, the trustee after "for" is not the target
    expect(r('announcements@contoso.com DL: take away send on behalf for lee@contoso.com')).toMatchObject({
      actionId: 'distribution-group.remove-delegation',
      targets: ['announcements@contoso.com'],
    });
    // send as on something called a distribution list is the list's permission, not a mailbox's
    expect(r("revoke lee@contoso.com's send as rights on the it-team@contoso.com distribution list").actionId).toBe('distribution-group.remove-delegation');
    // a display name of something called a shared mailbox is not a user rename
    expect(r('set the display name of shared mailbox payroll@contoso.com to Payroll Team')).toMatchObject({ actionId: 'mailbox.edit-shared', targets: ['payroll@contoso.com'] });
  });

  it('an address the request states as a value is not a target when something else is', () => {
    expect(r('lee@contoso.com should get the same mailbox permissions as those copied from adele@contoso.com')).toMatchObject({ targets: ['lee@contoso.com'] });
    expect(r('payroll@contoso.com has old delegates, take off lee@contoso.com and diego@contoso.com')).toMatchObject({
      actionId: 'mailbox.remove-delegates',
      targets: ['payroll@contoso.com'],
    });
    // the one address of a create request stays its target
    expect(r('create a mail contact for ann@litware.com')).toMatchObject({ actionId: 'mail-contact.create', targets: ['ann@litware.com'] });
  });

  it('reads words typed together and a change of type said with "make"', () => {
    expect(r("set a mailtip on lee@contoso.com's mailbox: on leave until May")).toMatchObject({ actionId: 'mailbox.edit', targets: ['lee@contoso.com'] });
    expect(r("lee@contoso.com left, make lee@contoso.com's mailbox a shared mailbox")).toMatchObject({ actionId: 'mailbox.convert-to-shared', targets: ['lee@contoso.com'] });
    expect(r('we want a room mailbox named Harbor View').actionId).toBe('mailbox.create-resource');
  });

  it('a right someone needs or is given is a grant, never a removal', () => {
    expect(r('megan@contoso.com needs full access to ithelp@contoso.com')).toMatchObject({
      actionId: 'mailbox.add-users-as-delegates',
      targets: ['ithelp@contoso.com'],
      params: { delegates: ['megan@contoso.com'] },
    });
    expect(r('give lee@contoso.com FA on payroll@contoso.com')).toMatchObject({ actionId: 'mailbox.add-users-as-delegates', targets: ['payroll@contoso.com'] });
    expect(r('choose a few mailboxes and give each one new delegates').actionId).toBe('mailbox.add-delegates');
    expect(r("revoke lee@contoso.com's full access to payroll@contoso.com").actionId).toBe('mailbox.remove-delegates');
  });

  it('who may mail a list: internal only or outside senders too', () => {
    expect(r('block external senders from the it-team@contoso.com DL')).toMatchObject({
      actionId: 'distribution-group.edit',
      targets: ['it-team@contoso.com'],
      params: { requireSenderAuthenticationEnabled: 'Yes' },
    });
    expect(r('allow outside senders to mail nw-sales@contoso.com').params).toMatchObject({ requireSenderAuthenticationEnabled: 'No' });
  });

  it('an address in another domain is an outside one; one in the same domain, a colleague', () => {
    expect(r("forward lee@contoso.com's mail to lee.home@gmail.com")).toMatchObject({ actionId: 'mailbox.forward-to-smtp', targets: ['lee@contoso.com'] });
    expect(r("forward lee@contoso.com's mail to debra@contoso.com")).toMatchObject({ actionId: 'mailbox.forward-to-recipient', targets: ['lee@contoso.com'] });
  });

  it('reads chat shorthand and states as requests', () => {
    expect(r('finance-dl@contoso.com += lee@contoso.com').actionId).toBe('distribution-group.add-members');
    expect(r('fwd adele@contoso.com -> adele.v@outlook.com')).toMatchObject({ actionId: 'mailbox.forward-to-smtp', targets: ['adele@contoso.com'] });
    expect(r('LH on lee@contoso.com for 7 years').actionId).toBe('mailbox.manage-litigation-hold');
    expect(r('lee@contoso.com no longer needs send as on payroll@contoso.com').actionId).toBe('mailbox.manage-send-as');
  });

  it('asking for something new creates; changing something existing edits', () => {
    expect(r('we need an equipment mailbox for the new projector').actionId).toBe('mailbox.create-resource');
    expect(r('let people book the projector2@contoso.com equipment mailbox up to 60 days ahead').actionId).toBe('mailbox.edit-equipment');
  });

  it('drops how a request was relayed, but not what was asked', () => {
    expect(r('ticket 4411: per HR, lee@contoso.com should no longer be able to send as payroll@contoso.com').actionId).toBe('mailbox.manage-send-as');
    expect(r("megan@contoso.com's manager wants full access to her mailbox")).toMatchObject({ actionId: 'mailbox.grant-manager-full-access', targets: ['megan@contoso.com'] });
    expect(r('the team wants a shared mailbox').actionId).toBe('mailbox.create-shared');
    expect(r('it-team@contoso.com - remove nestor@contoso.com & lee@contoso.com')).toMatchObject({ actionId: 'distribution-group.remove-members', targets: ['it-team@contoso.com'] });
  });
});
