import { z } from 'zod';
import { defineAction } from '../define-action';
import { dgNames, kindOf, readMembers } from './distribution-group.helpers';

/**
 * Deletes distribution groups and mail-enabled security groups (Remove-DistributionGroup). Unlike
 * Microsoft 365 groups they have no recycle bin: the group, its address and its member list are gone
 * for good, which the confirm card says with the member count. No undo.
 */
export const distributionGroupRemoveAction = defineAction({
  id: 'distribution-group.remove',
  title: 'Remove distribution group',
  category: 'Distribution groups',
  description: 'Delete distribution groups or mail-enabled security groups for good (they cannot be restored).',
  phrases: [
    'delete the distribution group nw-sales@contoso.com',
    'remove the distribution list announcements@contoso.com',
    'delete a DL',
    'get rid of the mail-enabled security group',
    'remove distribution groups',
    'delete the mailing list, nobody uses it anymore',
    'get rid of an old distribution list',
    'remove the events@contoso.com mailing list',
    'delete team@contoso.com, that distribution list is obsolete',
    'delete DL {group}',
    'pls delete the nw-sales@contoso.com distribution list',
    'could you remove the {group} distribution group, the project ended',
    'Remove-DistributionGroup {group}',
    'decommission the {group} DL',
    'the DL {group} is no longer needed, delete it',
    'we can get rid of the {group} mailing list now',
    'delete the mail-enabled security group {group}',
    'clean up the unused distribution lists {group} and {group}',
    'delete these distribution groups',
    'remove the distribution list {group} permanently',
    'can you delete the old events@contoso.com DL?',
    'retire the {group} distribution group',
    'nw-sales@contoso.com distribution group can go, please delete the whole group',
  ],
  textTargets: { kinds: ['email', 'name'] },
  target: 'distributionGroup',
  input: z.object({}),
  permission: 'management',
  bulk: true,
  destructive: true,
  backend: 'exchange',
  summarize: (_i, groups) => `Delete ${dgNames(groups)} for good.`,
  async preview(ctx, group) {
    const members = await readMembers(ctx, group);
    return {
      changes: [{ label: 'Group', before: `${group.displayName} <${group.primarySmtpAddress}>`, after: '(deleted)' }],
      warnings: [
        `${group.displayName} has ${members.length} member${members.length === 1 ? '' : 's'}: mail to ${group.primarySmtpAddress} will bounce, and a ${kindOf(group)} cannot be restored once deleted.`,
      ],
    };
  },
  async run(ctx, group) {
    const members = await readMembers(ctx, group);
    await ctx.directory.exchange.invoke('Remove-DistributionGroup', { Identity: group.id, BypassSecurityGroupManagerCheck: true, Confirm: false });
    return {
      outcome: 'succeeded',
      message: `Deleted ${group.displayName} (${group.primarySmtpAddress}).`,
      changes: [{ label: 'Group', before: `${group.displayName} (${members.length} members)`, after: '(deleted)' }],
      audit: { groupId: group.id, address: group.primarySmtpAddress, memberCount: members.length },
    };
  },
});
