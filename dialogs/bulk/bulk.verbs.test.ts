import type { TurnContext } from 'botbuilder';
import { TEAMS_FILE_DOWNLOAD_INFO } from '../../actions/bulk/csv-input.parser';
import { ALL_ACTIONS } from '../../actions/catalog';
import { ActionRegistry } from '../../actions/registry';
import { recognizerFor } from '../../app/intents';
import { bulkActionData, BULK_VERBS } from '../../cards/bulk-progress.card';
import type { AdaptiveCardJson } from '../../cards/card.types';
import { bulkWorld } from '../../test/bulk/memory-bulk-jobs';
import { renderCard } from '../../test/cards/validate-card';
import type { CommandContext } from '../commands/command.types';
import { COMMANDS } from '../commands/index';
import type { DialogServices, TurnInfo } from '../dialog.services';
import { bulkVerbs, routeBulkInput } from './bulk.verbs';

/**
 * Which chat turns become bulk jobs and what the operator gets back, with Steward's real recognizer and
 * catalog, a fake Teams turn and the in-memory job service.
 */

const recognizer = recognizerFor(ALL_ACTIONS, COMMANDS);
const FILE_URL = 'https://contoso-my.sharepoint.com/personal/helpdesk/block-list.csv';

interface Posted {
  text?: string;
  summary?: string;
  id?: string;
  attachments?: { content: AdaptiveCardJson }[];
}

function chat(options: { text?: string; attachments?: unknown[]; value?: unknown; replyToId?: string; personal?: boolean; bulk?: boolean } = {}) {
  const world = bulkWorld({ [FILE_URL]: 'UserPrincipalName\r\nuser1@contoso.com\r\nuser2@contoso.com\r\nuser17@contoso.com\r\n' });
  const sent: Posted[] = [];
  const updated: Posted[] = [];
  const turn = {
    activity: {
      type: 'message',
      text: options.text,
      attachments: options.attachments,
      value: options.value,
      replyToId: options.replyToId,
      conversation: { id: 'conv-1' },
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
    },
    sendActivity: async (activity: string | Posted) => {
      sent.push(typeof activity === 'string' ? { text: activity } : activity);
      return { id: `activity-${sent.length}` };
    },
    updateActivity: async (activity: Posted) => {
      updated.push(activity);
    },
  } as unknown as TurnContext;
  const services = {
    engine: { ...world.engine, registry: new ActionRegistry(ALL_ACTIONS) },
    recognize: (text: string) => recognizer.recognize(text),
    sessions: { status: async () => Promise.reject(new Error('no session in this test')) },
    clock: () => new Date('2026-11-23T13:10:00.000Z'),
    ...(options.bulk === false ? {} : { bulk: world.deps }),
  } as unknown as DialogServices;
  const logger = { info: () => undefined, warn: () => undefined, error: () => undefined, debug: () => undefined, child: () => logger };
  const info: TurnInfo = {
    caller: { tenantId: 'contoso', operatorObjectId: 'op-helpdesk', correlationId: 'corr-1', entry: 'chat' },
    logger,
    personal: options.personal ?? true,
    address: { conversation: { id: 'conv-1' }, serviceUrl: 'https://smba.trafficmanager.net/emea/', channelId: 'msteams' },
  };
  const ctx: CommandContext = { turn, info, services };
  const card = (posted: Posted) => renderCard(posted.attachments![0].content);
  return { ctx, world, sent, updated, card };
}

const csvAttachment = { contentType: TEAMS_FILE_DOWNLOAD_INFO, name: 'block-list.csv', content: { downloadUrl: FILE_URL, fileType: 'csv', uniqueId: 'f-1' } };

describe('routeBulkInput', () => {
  it('a CSV dropped with "block sign-in for the users in this file" gets the summary card of a queued job', async () => {
    const { ctx, world, sent, card } = chat({ text: 'block sign-in for the users in this file', attachments: [csvAttachment] });
    expect(await routeBulkInput(ctx, 'block sign-in for the users in this file')).toBe(true);
    expect(sent).toHaveLength(1);
    const text = card(sent[0]);
    expect(text).toContain('Block or unblock sign-in · bulk');
    expect(text).toContain('Targets from the file block-list.csv (3 rows)');
    expect(text).toContain('Will run on 2 targets ⊘ 1 outside your scope');
    const job = world.jobs.jobs.get('job-1')!;
    expect(job.request.params).toMatchObject({ blocked: true });
    expect(job.request.conversation).toMatchObject({ conversationId: 'conv-1', serviceUrl: 'https://smba.trafficmanager.net/emea/', tenantId: 'contoso', operatorObjectId: 'op-helpdesk' });
    expect(job.request.conversation.address).toMatchObject({ channelId: 'msteams' });
  });

  it('"block sign-in for everyone in Sales" runs as a query inside the operator scope', async () => {
    const { ctx, world, sent, card } = chat();
    expect(await routeBulkInput(ctx, 'block sign-in for everyone in Sales')).toBe(true);
    expect(world.queries).toEqual(["department eq 'Sales'"]);
    expect(card(sent[0])).toContain('Will run on 14 targets ⊘ 6 outside your scope');
  });

  it('asks which action when a file comes without a line, and refuses files outside the 1:1 chat', async () => {
    const bare = chat({ attachments: [csvAttachment] });
    expect(await routeBulkInput(bare.ctx, undefined)).toBe(true);
    expect(bare.sent[0].text).toBe(
      'Which action should run on the users in "block-list.csv"? Send the file again with a line such as "block sign-in for the users in this file" or "add the tag Pilot to these users".',
    );
    const channel = chat({ text: 'block these users', attachments: [csvAttachment], personal: false });
    expect(await routeBulkInput(channel.ctx, 'block these users')).toBe(true);
    expect(channel.sent[0].text).toBe('Drop the file in a 1:1 chat with me: bulk changes start there, so their previews stay private.');
    expect(channel.world.jobs.calls).toEqual([]);
  });

  it('leaves ordinary lines, and a Steward without bulk jobs, to the usual routing', async () => {
    const plain = chat();
    expect(await routeBulkInput(plain.ctx, 'block jane@contoso.com')).toBe(false);
    expect(await routeBulkInput(plain.ctx, 'help')).toBe(false);
    expect(await routeBulkInput(plain.ctx, 'add jane@contoso.com to the Microsoft 365 group everyone@contoso.com')).toBe(false);
    expect(await routeBulkInput(plain.ctx, 'add everyone in Sales to the Microsoft 365 group retail@contoso.com')).toBe(false);
    const off = chat({ bulk: false, attachments: [csvAttachment] });
    expect(await routeBulkInput(off.ctx, 'block the users in this file')).toBe(false);
    expect([...plain.sent, ...off.sent]).toEqual([]);
  });

  it('answers a refusal with an error card and creates nothing', async () => {
    const { ctx, world, sent, card } = chat();
    expect(await routeBulkInput(ctx, 'block sign-in for everyone in Marketing')).toBe(true);
    expect(card(sent[0])).toContain('No user you manage matches: all users whose department is “Marketing”.');
    expect(world.jobs.calls).toEqual([]);
  });
});

describe('bulk card buttons', () => {
  const verb = (name: string) => bulkVerbs.find((v) => v.verb === name)!;

  it('Confirm turns the clicked summary card into the progress card and records it for the updater', async () => {
    const { ctx, world, updated, sent } = chat({ replyToId: 'activity-summary' });
    await routeBulkInput(ctx, 'block sign-in for everyone in Sales');
    sent.length = 0;
    await verb(BULK_VERBS.start).run(ctx, bulkActionData(BULK_VERBS.start, 'job-1'));
    expect(world.jobs.calls.slice(1)).toEqual(['progress card job-1 = activity-summary', 'start job-1']);
    expect(sent).toEqual([]);
    expect(updated).toHaveLength(1);
    expect(updated[0].id).toBe('activity-summary');
    expect(renderCard(updated[0].attachments![0].content)).toContain('▶ Running');
  });

  it('without a clicked card id the progress card is posted and its id recorded', async () => {
    const { ctx, world, sent } = chat();
    await routeBulkInput(ctx, 'block sign-in for everyone in Sales');
    await verb(BULK_VERBS.start).run(ctx, bulkActionData(BULK_VERBS.start, 'job-1'));
    expect(world.jobs.calls.slice(1)).toEqual(['start job-1', 'progress card job-1 = activity-2']);
    expect(renderCard(sent[1].attachments![0].content)).toContain('▶ Running');
  });

  it("Pause on someone else's job is refused with an error card and the job is untouched", async () => {
    const { ctx, world, sent } = chat();
    await routeBulkInput(ctx, 'block sign-in for everyone in Sales');
    const intruder: CommandContext = { ...ctx, info: { ...ctx.info, caller: { ...ctx.info.caller, operatorObjectId: 'op-other' } } };
    await verb(BULK_VERBS.pause).run(intruder, bulkActionData(BULK_VERBS.pause, 'job-1'));
    expect(renderCard(sent[1].attachments![0].content)).toContain('That bulk job does not exist or is not yours.');
    expect(world.jobs.jobs.get('job-1')!.view.status).toBe('queued');
  });
});
