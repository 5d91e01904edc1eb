import { SignedTokenCodec } from '../../actions/governance/signed-token.codec';
import { setSignInStatusAction } from '../../actions/users/set-sign-in-status.action';
import { bulkWorld } from '../../test/bulk/memory-bulk-jobs';
import { BULK_RESULT_PATH, BulkResultLinks } from './bulk-result.links';

/** The result CSV behind the result card's download link: the rows for a valid link, nothing otherwise. */

const caller = { tenantId: 'contoso', operatorObjectId: 'op-helpdesk', correlationId: 'corr-1', entry: 'chat' as const };
const conversation = { conversationId: 'conv-1', serviceUrl: 'https://smba.trafficmanager.net/emea/', tenantId: 'contoso', operatorObjectId: 'op-helpdesk' };

async function setup() {
  let now = new Date('2026-11-23T13:10:00.000Z');
  const clock = () => now;
  const world = bulkWorld();
  await world.jobs.create(caller, {
    actionId: setSignInStatusAction.id,
    params: { blocked: true },
    rows: [
      { line: 2, target: 'user1@contoso.com' },
      { line: 3, target: '=cmd|calc' },
    ],
    conversation,
  });
  const logger = { info: () => undefined, warn: () => undefined, error: () => undefined, debug: () => undefined, child: () => logger };
  const links = new BulkResultLinks({ jobs: world.jobs, codec: new SignedTokenCodec(Buffer.alloc(32, 7), clock), baseUrl: () => 'https://steward.contoso.com/', ttlMs: 15 * 60_000, logger });
  return { links, advance: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

const tokenOf = (url: string) => url.slice(`https://steward.contoso.com${BULK_RESULT_PATH}/`.length, -'.csv'.length);

describe('BulkResultLinks', () => {
  it('signs a link that serves the per-row CSV, formula-safe, with a file name after the action', async () => {
    const { links } = await setup();
    const link = await links.link(caller, 'job-1');
    expect(link.url).toMatch(/^https:\/\/steward\.contoso\.com\/bulk\/results\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.csv$/);
    expect(link.expiresAt).toBe('2026-11-23T13:25:00.000Z');
    const download = await links.download(tokenOf(link.url));
    expect(download).toEqual({
      ok: true,
      filename: 'bulk-block-or-unblock-sign-in.csv',
      rows: 2,
      csv:
        'line,target,outcome,error,before,after\r\n' +
        '2,user1@contoso.com,succeeded,,allowed,blocked\r\n' +
        "3,'=cmd|calc,not-found,Line 3: no user =cmd|calc in the directory.,,\r\n",
    });
  });

  it('refuses a changed, foreign or expired link, and a job that is gone', async () => {
    const { links, advance } = await setup();
    const token = tokenOf((await links.link(caller, 'job-1')).url);
    const [body, mac] = token.split('.');
    const forged = Buffer.from(Buffer.from(body, 'base64url').toString('utf8').replace('job-1', 'job-2')).toString('base64url');
    expect(await links.download(`${forged}.${mac}`)).toEqual({ ok: false, status: 403, message: 'This result link is not valid.' });
    expect(await links.download('not-a-token')).toEqual({ ok: false, status: 403, message: 'This result link is not valid.' });
    const other = tokenOf((await links.link(caller, 'job-9')).url);
    expect(await links.download(other)).toEqual({ ok: false, status: 404, message: 'This bulk job is not known any more.' });
    advance(15 * 60_000);
    expect(await links.download(token)).toMatchObject({ ok: false, status: 403, message: expect.stringContaining('This result link has expired') });
  });
});
