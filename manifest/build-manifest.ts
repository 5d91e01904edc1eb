import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ALL_ACTIONS } from '../actions/catalog';
import type { AnyAction } from '../actions/define-action';
import { ConfigError, loadConfig } from '../config/config';
import { commandListsFor } from './bot-commands.builder';
import { renderColorIcon, renderOutlineIcon } from './icon.renderer';
import template from './manifest.template.json';
import { encodePng } from './png.encoder';
import { createZip } from './zip.writer';

/**
 * `npm run manifest`: builds the Teams app package (manifest.json, color.png, outline.png and the
 * sideloadable steward.zip) from manifest.template.json, with the bot commands derived from the action
 * catalog. Icons and zip are produced in-process so the build needs no image or archive tool.
 *
 * Usage: node dist/manifest/build-manifest.js [--bot-id <guid>] [--app-id <guid>] [--out <dir>]
 * The bot id defaults to MicrosoftAppId from the configuration, else a placeholder (with a warning).
 */

export const PLACEHOLDER_BOT_ID = '00000000-0000-0000-0000-000000000000';
export const ACCENT_COLOR = '#1F4E79';
export const ICON_SIZES = { color: 192, outline: 32 } as const;
export const PACKAGE_FILES = ['manifest.json', 'color.png', 'outline.png'] as const;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ManifestOptions {
  botId: string;
  /** The Teams app id; default: a stable GUID derived from the bot id. */
  appId?: string;
  /** App version (semver); default: the version in package.json. */
  version?: string;
  /** Public https base URL of the bot (config PUBLIC_URL): its host goes into validDomains. */
  publicUrl?: string;
  /** Lets the bot receive files in the 1:1 chat (bulk CSV input); on unless turned off. */
  supportsFiles?: boolean;
  actions?: readonly AnyAction[];
}

export interface BuildResult {
  outDir: string;
  manifest: Record<string, any>;
  files: { manifest: string; color: string; outline: string; zip: string };
  warnings: string[];
}

/** A name-based (version 5 style) GUID, so the same bot always gets the same Teams app id. */
export function guidFromName(name: string): string {
  const h = createHash('sha1').update(`steward-teams-app:${name}`).digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The repository root: the nearest folder up from here whose package.json is Steward's (works from dist/ too). */
export function findRepoRoot(from = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && JSON.parse(fs.readFileSync(pkg, 'utf8')).name === 'steward') return dir;
    if (path.dirname(dir) === dir) throw new Error(`No Steward package.json above ${from}`);
  }
}

function packageVersion(): string {
  return JSON.parse(fs.readFileSync(path.join(findRepoRoot(), 'package.json'), 'utf8')).version as string;
}

/** Replaces {{TOKENS}} in every string of a JSON value (never in the JSON text, so values cannot break it). */
function fillTokens(value: unknown, tokens: Record<string, string>): unknown {
  if (typeof value === 'string') {
    return value.replace(/\{\{([A-Z_]+)\}\}/g, (whole, key: string) => {
      if (!(key in tokens)) throw new Error(`Template token ${whole} has no value`);
      return tokens[key];
    });
  }
  if (Array.isArray(value)) return value.map((v) => fillTokens(v, tokens));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillTokens(v, tokens)]));
  }
  return value;
}

/** The manifest object (not yet written). */
export function buildManifest(options: ManifestOptions): Record<string, any> {
  if (!GUID.test(options.botId)) throw new Error(`Bot id must be a GUID (the Azure Bot's Microsoft App ID), got "${options.botId}"`);
  const appId = options.appId ?? guidFromName(options.botId.toLowerCase());
  if (!GUID.test(appId)) throw new Error(`App id must be a GUID, got "${appId}"`);
  const publicUrl = options.publicUrl ? new URL(options.publicUrl) : undefined;
  if (publicUrl && publicUrl.protocol !== 'https:') throw new Error(`PUBLIC_URL must be https for Teams, got ${publicUrl.href}`);
  const website = publicUrl ? publicUrl.origin : 'https://example.com/steward';

  const manifest = fillTokens(template, {
    VERSION: options.version ?? packageVersion(),
    APP_ID: appId,
    BOT_ID: options.botId,
    WEBSITE_URL: website,
    ACCENT_COLOR,
  }) as Record<string, any>;
  const bot = manifest.bots[0];
  bot.commandLists = commandListsFor(options.actions ?? ALL_ACTIONS);
  bot.supportsFiles = options.supportsFiles ?? true;
  manifest.validDomains = publicUrl ? [publicUrl.host] : [];
  return manifest;
}

/** Writes manifest.json, color.png, outline.png and steward.zip into outDir. */
export function buildAppPackage(outDir: string, options: ManifestOptions): BuildResult {
  const warnings: string[] = [];
  if (options.botId === PLACEHOLDER_BOT_ID) {
    warnings.push(
      `No bot id: using the placeholder ${PLACEHOLDER_BOT_ID}. Pass --bot-id <Microsoft App ID> or set MicrosoftAppId before sideloading.`,
    );
  }
  if (!options.publicUrl) warnings.push('No PUBLIC_URL: developer URLs are placeholders and validDomains is empty.');
  const manifest = buildManifest(options);
  const manifestJson = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
  const color = encodePng(renderColorIcon(ICON_SIZES.color, ACCENT_COLOR));
  const outline = encodePng(renderOutlineIcon(ICON_SIZES.outline));
  const zip = createZip([
    { name: 'manifest.json', data: manifestJson },
    { name: 'color.png', data: color },
    { name: 'outline.png', data: outline },
  ]);

  fs.mkdirSync(outDir, { recursive: true });
  const files = {
    manifest: path.join(outDir, 'manifest.json'),
    color: path.join(outDir, 'color.png'),
    outline: path.join(outDir, 'outline.png'),
    zip: path.join(outDir, 'steward.zip'),
  };
  fs.writeFileSync(files.manifest, manifestJson);
  fs.writeFileSync(files.color, color);
  fs.writeFileSync(files.outline, outline);
  fs.writeFileSync(files.zip, zip);
  return { outDir, manifest, files, warnings };
}

/** Parses `--name value` / `--name=value` flags; a bare GUID counts as the bot id. */
export function parseArgs(argv: readonly string[]): { botId?: string; appId?: string; out?: string } {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (m) {
      const value = m[2] ?? argv[++i];
      if (value === undefined) throw new Error(`${arg} needs a value`);
      if (!['bot-id', 'app-id', 'out'].includes(m[1])) throw new Error(`Unknown option ${arg}`);
      out[m[1]] = value;
    } else if (GUID.test(arg)) {
      out['bot-id'] = arg;
    } else {
      throw new Error(`Unexpected argument ${arg}`);
    }
  }
  return { botId: out['bot-id'], appId: out['app-id'], out: out.out };
}

function main(): number {
  try {
    const args = parseArgs(process.argv.slice(2));
    const config = loadConfig();
    const botId = args.botId ?? config.MicrosoftAppId ?? PLACEHOLDER_BOT_ID;
    const outDir = path.resolve(args.out ?? path.join(findRepoRoot(), 'manifest', 'build'));
    const result = buildAppPackage(outDir, { botId, appId: args.appId, publicUrl: config.PUBLIC_URL });
    for (const w of result.warnings) console.warn(`warning: ${w}`);
    const personal = result.manifest.bots[0].commandLists[0].commands as { title: string }[];
    console.log(`Teams app package (manifest ${result.manifest.manifestVersion}, app ${result.manifest.id}, bot ${botId}):`);
    for (const f of Object.values(result.files)) console.log(`  ${path.relative(process.cwd(), f)}  (${fs.statSync(f).size} bytes)`);
    console.log(`  commands: ${personal.map((c) => c.title).join(' · ')}`);
    console.log(`Sideload ${path.relative(process.cwd(), result.files.zip)} in Teams: Apps → Manage your apps → Upload an app.`);
    return 0;
  } catch (e) {
    console.error(e instanceof ConfigError ? e.message : `manifest: ${(e as Error).message}`);
    return 1;
  }
}

if (require.main === module) process.exitCode = main();
