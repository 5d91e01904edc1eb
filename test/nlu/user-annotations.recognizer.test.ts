import { ALL_ACTIONS } from '../../actions/catalog';
import { recognizerFor } from '../../app/intents';
import { COMMANDS } from '../../dialogs/commands';

/**
 * The recognizer on phrasings of the tag, portal-attribute, bulk-edit and user-summary intents that are
 * not their declared phrases, including the parameters the line states (tags, attribute = value,
 * properties), so a chat line reaches the confirm card without a form.
 */
const recognizer = recognizerFor(ALL_ACTIONS, COMMANDS);

const CASES: [string, string, Record<string, unknown>][] = [
  ['add tags Pilot and Beta to pat@contoso.com', 'user.add-tags', { tags: ['Pilot', 'Beta'] }],
  ['tag hal@contoso.com as Contractor', 'user.add-tags', { tags: ['Contractor'] }],
  ['add a VIP tag to kate@contoso.com', 'user.add-tags', { tags: ['VIP'] }],
  ['apply tag Remote to rob@contoso.com', 'user.add-tags', { tags: ['Remote'] }],
  ['remove the Pilot tag from ruby@contoso.com', 'user.remove-tags', { tags: ['Pilot'] }],
  ['remove tag Remote from rob@contoso.com', 'user.remove-tags', { tags: ['Remote'] }],
  ['remove the tag VIP from lynne@contoso.com', 'user.remove-tags', { tags: ['VIP'] }],
  ['clear every tag on ruby@contoso.com', 'user.flush-tags', {}],
  ['remove all tags from hal@contoso.com', 'user.flush-tags', {}],
  ["flush hugo@contoso.com's tags", 'user.flush-tags', {}],
  ['set the tags of ruby@contoso.com to Onboarding, VIP', 'user.manage-tags', { tags: ['Onboarding', 'VIP'] }],
  ['manage the tags on hal@contoso.com', 'user.manage-tags', {}],
  ['set the portal attribute CostCenter=4410 for hannah@contoso.com', 'user.set-portal-attribute', { attribute: 'CostCenter', value: '4410' }],
  ['set the portal attribute Site to Berlin for hugo@contoso.com', 'user.set-portal-attribute', { attribute: 'Site', value: 'Berlin' }],
  ['remove portal attribute Office from lynne@contoso.com', 'user.set-portal-attribute', { attribute: 'Office', operation: 'remove' }],
  ['bulk update the office location of many users', 'user.bulk-edit-properties', {}],
  ['bulk edit user properties of a@contoso.com and b@contoso.com: department to Research Lab', 'user.bulk-edit-properties', { department: 'Research Lab' }],
  ['mass change the job title of multiple users', 'user.bulk-edit-properties', {}],
  ['show jane@contoso.com', 'steward.user-summary', {}],
  ['show me adele@contoso.com', 'steward.user-summary', {}],
];

describe('tags, portal attributes, bulk edit and user summary phrasings', () => {
  it.each(CASES)('%s → %s', (text, actionId, params) => {
    const got = recognizer.recognize(text);
    expect(got.actionId).toBe(actionId);
    expect(got.params).toMatchObject(params);
  });
});
