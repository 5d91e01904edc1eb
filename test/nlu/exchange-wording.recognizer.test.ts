import { ALL_ACTIONS } from '../../actions/catalog';
import { intentsFor } from '../../app/intents';
import { COMMANDS } from '../../dialogs/commands';
import { Recognizer } from '../../nlu/recognizer';

/**
 * Exchange wordings that used to trip the recognizer, written apart from the tuning sets: "kick X out of" a
 * list is a membership change (not a sign-out), a new alias or a forwarding address is a value (not the
 * mailbox acted on), and list, send-as and delegate requests keep their direction (add vs remove).
 */
const recognizer = new Recognizer(intentsFor(ALL_ACTIONS, COMMANDS));
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
});
