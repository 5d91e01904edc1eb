import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { ALL_ACTIONS } from '../actions/catalog';
import { buildAppPackage, buildManifest, guidFromName, parseArgs, PLACEHOLDER_BOT_ID, type BuildResult } from './build-manifest';
import { clampText, COMMAND_LIMITS } from './bot-commands.builder';
import { crc32 } from './crc32.checksum';

const BOT_ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

/** IHDR fields of a PNG, after checking its signature and the CRC of every chunk. */
function readPng(buf: Buffer) {
  expect(buf.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const chunks: string[] = [];
  let ihdr: Buffer | undefined;
  for (let o = 8; o < buf.length; ) {
    const len = buf.readUInt32BE(o);
    const type = buf.toString('ascii', o + 4, o + 8);
    expect(buf.readUInt32BE(o + 8 + len)).toBe(crc32(buf.subarray(o + 4, o + 8 + len)));
    if (type === 'IHDR') ihdr = buf.subarray(o + 8, o + 8 + len);
    chunks.push(type);
    o += 12 + len;
  }
  expect(chunks[0]).toBe('IHDR');
  expect(chunks[chunks.length - 1]).toBe('IEND');
  return { width: ihdr!.readUInt32BE(0), height: ihdr!.readUInt32BE(4), bitDepth: ihdr![8], colorType: ihdr![9] };
}

/** Entries of a zip read through its central directory, each inflated and its CRC checked. */
function readZip(buf: Buffer): { name: string; data: Buffer }[] {
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(eocd).toBeGreaterThan(0);
  const count = buf.readUInt16LE(eocd + 10);
  let o = buf.readUInt32LE(eocd + 16);
  const out: { name: string; data: Buffer }[] = [];
  for (let i = 0; i < count; i++) {
    expect(buf.readUInt32LE(o)).toBe(0x02014b50);
    const method = buf.readUInt16LE(o + 10);
    const crc = buf.readUInt32LE(o + 16);
    const size = buf.readUInt32LE(o + 20);
    const rawSize = buf.readUInt32LE(o + 24);
    const nameLen = buf.readUInt16LE(o + 28);
    const extraLen = buf.readUInt16LE(o + 30);
    const commentLen = buf.readUInt16LE(o + 32);
    const local = buf.readUInt32LE(o + 42);
    const name = buf.toString('utf8', o + 46, o + 46 + nameLen);
    expect(buf.readUInt32LE(local)).toBe(0x04034b50);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const body = buf.subarray(start, start + size);
    const data = method === 8 ? inflateRawSync(body) : Buffer.from(body);
    expect(data.length).toBe(rawSize);
    expect(crc32(data)).toBe(crc);
    out.push({ name, data });
    o += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

describe('Teams app package', () => {
  let dir: string;
  let result: BuildResult;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'steward-manifest-'));
    result = buildAppPackage(dir, { botId: BOT_ID, publicUrl: 'https://steward.contoso.com/bot' });
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes a v1.19 manifest with the required fields', () => {
    const m = JSON.parse(fs.readFileSync(result.files.manifest, 'utf8'));
    expect(Number(m.manifestVersion)).toBeGreaterThanOrEqual(1.19);
    expect(m.$schema).toContain(`/v${m.manifestVersion}/MicrosoftTeams.schema.json`);
    expect(m.id).toBe(guidFromName(BOT_ID));
    expect(m.version).toMatch(/^\d+\.\d+\.\d+/);
    for (const k of ['websiteUrl', 'privacyUrl', 'termsOfUseUrl']) expect(m.developer[k]).toMatch(/^https:\/\//);
    expect(m.developer.name.length).toBeLessThanOrEqual(32);
    expect(m.name.short.length).toBeLessThanOrEqual(30);
    expect(m.name.full.length).toBeLessThanOrEqual(100);
    expect(m.description.short.length).toBeLessThanOrEqual(80);
    expect(m.description.full.length).toBeLessThanOrEqual(4000);
    expect(m.icons).toEqual({ color: 'color.png', outline: 'outline.png' });
    expect(m.accentColor).toMatch(/^#[0-9a-fA-F]{6}$/);
    expect(m.bots).toHaveLength(1);
    expect(m.bots[0].botId).toBe(BOT_ID);
    expect(m.bots[0].scopes).toEqual(['personal', 'team', 'groupChat']);
    // Bulk CSV input: Teams only hands files to a bot that declares it takes them.
    expect(m.bots[0].supportsFiles).toBe(true);
    expect(m.validDomains).toEqual(['steward.contoso.com']);
    expect(m.webApplicationInfo).toEqual({ id: BOT_ID, resource: `api://botid-${BOT_ID}` });
    expect(JSON.stringify(m)).not.toMatch(/\{\{/);
  });

  it('derives at most ten short commands per list from the catalog, help first', () => {
    const lists = result.manifest.bots[0].commandLists as { scopes: string[]; commands: { title: string; description: string }[] }[];
    expect(lists.length).toBeLessThanOrEqual(3);
    expect(lists[0].scopes).toEqual(['personal']);
    for (const list of lists) {
      expect(list.commands.length).toBeGreaterThan(0);
      expect(list.commands.length).toBeLessThanOrEqual(COMMAND_LIMITS.perList);
      expect(list.commands[0].title).toBe('help');
      for (const c of list.commands) {
        expect(c.title.length).toBeLessThanOrEqual(32);
        expect(c.description.length).toBeLessThanOrEqual(128);
        expect(c.description.length).toBeGreaterThan(0);
      }
      expect(new Set(list.commands.map((c) => c.title)).size).toBe(list.commands.length);
    }
    const personal = lists[0].commands.map((c) => c.title);
    expect(personal).toContain('session status');
    expect(personal).toContain('reset MFA');
    expect(personal.length).toBe(Math.min(COMMAND_LIMITS.perList, personal.length));
    // Every catalog action that fits in the menu is in it.
    expect(personal.length).toBeGreaterThanOrEqual(Math.min(10, ALL_ACTIONS.length + 2));
  });

  it('keeps only ten commands when the catalog grows', () => {
    const many = Array.from({ length: 15 }, (_, i) => ({
      ...ALL_ACTIONS[0],
      id: `user.extra-${i}`,
      phrases: [`do extra thing number ${i} for jane@contoso.com`],
      description: 'x'.repeat(300),
    }));
    const m = buildManifest({ botId: BOT_ID, version: '1.0.0', actions: [...ALL_ACTIONS, ...many] });
    const personal = m.bots[0].commandLists[0].commands as { title: string; description: string }[];
    expect(personal).toHaveLength(10);
    expect(personal[0].title).toBe('help');
    expect(personal.every((c) => c.description.length <= 128)).toBe(true);
  });

  it('draws a 192×192 colour icon and a 32×32 white-on-transparent outline icon', () => {
    const color = readPng(fs.readFileSync(result.files.color));
    const outline = readPng(fs.readFileSync(result.files.outline));
    expect(color).toMatchObject({ width: 192, height: 192, bitDepth: 8, colorType: 6 });
    expect(outline).toMatchObject({ width: 32, height: 32, bitDepth: 8, colorType: 6 });
  });

  it('zips exactly the three files, with CRCs that verify', () => {
    const zip = fs.readFileSync(result.files.zip);
    const entries = readZip(zip);
    expect(entries.map((e) => e.name).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    for (const e of entries) expect(e.data.equals(fs.readFileSync(path.join(dir, e.name)))).toBe(true);
    if (spawnSync('unzip', ['-v'], { stdio: 'ignore' }).status === 0) {
      const out = execFileSync('unzip', ['-t', result.files.zip], { encoding: 'utf8' });
      expect(out).toMatch(/No errors detected/);
    }
  });

  it('is reproducible and warns about a placeholder bot id', () => {
    const again = buildAppPackage(path.join(dir, 'again'), { botId: BOT_ID, publicUrl: 'https://steward.contoso.com/bot' });
    expect(fs.readFileSync(again.files.zip).equals(fs.readFileSync(result.files.zip))).toBe(true);
    const placeholder = buildAppPackage(path.join(dir, 'placeholder'), { botId: PLACEHOLDER_BOT_ID });
    expect(placeholder.warnings.join('\n')).toMatch(/placeholder/);
    expect(placeholder.manifest.validDomains).toEqual([]);
    expect(() => buildManifest({ botId: 'not-a-guid' })).toThrow(/GUID/);
  });

  it('parses its command line and clamps text at word boundaries', () => {
    expect(parseArgs(['--bot-id', BOT_ID, '--out=x'])).toEqual({ botId: BOT_ID, appId: undefined, out: 'x' });
    expect(parseArgs([BOT_ID]).botId).toBe(BOT_ID);
    expect(() => parseArgs(['--nope', '1'])).toThrow(/Unknown option/);
    expect(clampText('reset the multi factor authentication methods', 20)).toBe('reset the multi…');
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });
});
