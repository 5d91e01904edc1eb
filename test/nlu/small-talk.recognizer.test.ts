import { ALL_ACTIONS } from '../../actions/catalog';
import { recognizerFor } from '../../app/intents';
import { COMMANDS } from '../../dialogs/commands';

/**
 * Chat that only mentions mail words is not a request: jokes, reports about what the speaker did, questions
 * about what the bot received, complaints about one's own mail client. The same openings followed by a
 * request (a request cue, a named target, or a later clause that opens with a request verb) stay requests.
 */
const recognizer = recognizerFor(ALL_ACTIONS, COMMANDS);

describe('small talk that mentions mail words', () => {
  it.each([
    'lol my inbox is a disaster',
    'my Outlook is freezing again',
    "we'll email the agenda on Friday",
    'I just forwarded the invoice to finance',
    'thanks, I already sent the distribution list update',
    'have you seen my message about the offsite?',
    "hehe megan's auto reply is in three languages",
    'ugh, Teams keeps crashing on my laptop',
    'Exchange is really slow this morning',
    'cheers, that did it',
    'ok the shared calendar finally showed up',
    "what's the difference between send as and send on behalf?",
    'how does archiving work in Exchange Online?',
    "can't chat now, heading to a meeting",
  ])('"%s" asks for nothing', (text) => {
    expect(recognizer.recognize(text)).toMatchObject({ actionId: null, targets: [] });
  });

  it.each([
    ['I forwarded jane@contoso.com by mistake, stop the forwarding of jane@contoso.com', 'mailbox.forward-to-smtp'],
    ['we hired a new person, create a mailbox for them', 'mailbox.create'],
    ['lol, please turn on the out of office for megan@contoso.com', 'mailbox.configure-auto-reply'],
    ['my colleague needs a shared mailbox for the HR team', 'mailbox.create-shared'],
    ["ugh, wipe megan@contoso.com's phone, she lost it on the train", 'mobile-device.wipe'],
    ['that did it, now turn off the auto reply for megan@contoso.com', 'mailbox.configure-auto-reply'],
  ])('"%s" is still a request', (text, actionId) => {
    expect(recognizer.recognize(text).actionId).toBe(actionId);
  });
});
