import { buildUserSummaryCard } from '../../cards';
import { StewardError } from '../../actions/errors';
import { USER_SUMMARY_ID } from '../../actions/users/user-summary.service';
import type { IntentDescriptor } from '../../nlu/recognizer';
import { cardActivity } from '../card-activity';
import { sendError } from '../card-replies';
import { footerFrom } from '../dialog.services';
import type { CommandDefinition } from './command.types';
import type { HelpLine } from './help.command';

/**
 * `show jane@contoso.com`: the user summary card (Entra properties plus Steward's tags and portal
 * attributes). Read-only and scope-checked by the engine's resolveTarget; no management session needed.
 */
export const USER_SUMMARY_INTENT: IntentDescriptor = {
  id: USER_SUMMARY_ID,
  title: 'Show a user',
  category: 'Steward',
  targets: { kinds: ['email', 'name'] },
  phrases: [
    'show jane@contoso.com',
    'show {user}',
    'show me {user}',
    'who is {user}',
    'user summary of {user}',
    'details of {user}',
    'look up {user}',
    'show the tags of {user}',
    'what tags does {user} have',
  ],
};

export const USER_SUMMARY_HELP_LINES: HelpLine[] = [
  { example: 'show jane@contoso.com', description: "A user's key properties, licences, MFA methods, tags and portal attributes." },
];

export const userSummaryCommand: CommandDefinition = {
  intent: USER_SUMMARY_INTENT,
  async run({ turn, info, services }, recognition) {
    try {
      const text = recognition.targets[0];
      if (!text) {
        throw new StewardError('VALIDATION_FAILED', 'Which user should I show?', { hint: 'Name the user, e.g. "show jane@contoso.com".' });
      }
      const result = await services.userSummary.summarize(info.caller, text);
      if (result.kind === 'none') {
        throw new StewardError('TARGET_NOT_FOUND', `No user matches "${text}".`, {
          hint: 'Check the spelling, or use the user principal name (e.g. jane@contoso.com).',
        });
      }
      if (result.kind === 'ambiguous') {
        throw new StewardError('TARGET_AMBIGUOUS', `Several users match "${text}": ${result.candidates.map((c) => c.userPrincipalName).join(', ')}.`, {
          hint: 'Use the user principal name, e.g. "show jane@contoso.com".',
        });
      }
      const { summary } = result;
      const session = await services.sessions.status(info.caller.tenantId).catch(() => undefined);
      const card = buildUserSummaryCard({
        displayName: summary.user.displayName,
        userPrincipalName: summary.user.userPrincipalName,
        department: summary.user.department,
        jobTitle: summary.user.jobTitle,
        manager: summary.manager,
        accountEnabled: summary.user.accountEnabled,
        licenses: summary.licenses,
        mfaMethodCount: summary.mfaMethodCount,
        tags: summary.tags,
        attributes: summary.attributes,
        footer: session ? footerFrom(session, services.clock()) : undefined,
      });
      await turn.sendActivity(cardActivity(card, summary.user.displayName));
    } catch (e) {
      await sendError(turn, services, info, e);
    }
  },
};
