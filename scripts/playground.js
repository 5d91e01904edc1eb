#!/usr/bin/env node
'use strict';
/**
 * `npm run playground`: opens the Microsoft 365 Agents Playground (a Teams-like client that runs
 * offline) against the local bot, signed in as the sandbox's demo Tenant Admin.
 *
 * Why a script and not a one-line npm script: it checks that the bot answers first (the playground
 * otherwise only says "cannot connect" in its log panel), runs the playground from the repo root so it
 * picks up `.m365agentsplayground.yml` (the identity mapping), keeps the playground's log out of the
 * working tree, and prints where to open it. Plain CommonJS so it needs no build.
 *
 * Options: --anyway (start even when the bot does not answer), --help.
 * Environment: PORT (bot port, default 3978), PLAYGROUND_PORT (default 56150), TEAMSAPPTESTER_BROWSER
 * (default "none": print the address instead of opening a browser), MicrosoftAppId /
 * MicrosoftAppPassword / MicrosoftAppTenantId (passed on when the bot runs with Bot Framework auth).
 */
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const readline = require('node:readline');

const ROOT = path.resolve(__dirname, '..');
const CONFIG_FILE = path.join(ROOT, '.m365agentsplayground.yml');
const CLI = path.join(ROOT, 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js');
const LOG_FILE = path.join(ROOT, '.data', 'playground', 'm365agentsplayground.log');

const env = process.env;
const botPort = Number(env.PORT || 3978);
const playgroundPort = Number(env.PLAYGROUND_PORT || 56150);
const botBase = `http://127.0.0.1:${botPort}`;
const endpoint = `${botBase}/api/messages`;
const args = new Set(process.argv.slice(2));

/** Answers true when the bot's health endpoint says 200 within two seconds. */
async function botIsUp() {
  try {
    const res = await fetch(`${botBase}/healthz`, { signal: AbortSignal.timeout(2000) });
    await res.arrayBuffer();
    return res.ok;
  } catch {
    return false;
  }
}

/** Asks a yes/no question on a terminal; answers false when stdin is not a terminal. */
function confirm(question) {
  if (!process.stdin.isTTY) return Promise.resolve(false);
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  return new Promise((resolve) =>
    rl.question(question, (answer) => {
      rl.close();
      resolve(/^y(es)?$/i.test(answer.trim()));
    }),
  );
}

/** Who the yml signs in as, for the banner (a line scan: the file is ours and flat). */
function currentUserOf(yml) {
  const block = /^currentUser:.*\n((?:[ \t]+.*\n?)+)/m.exec(yml);
  const field = (name) => (block ? new RegExp(`^\\s+${name}:\\s*(\\S.*?)\\s*(#.*)?$`, 'm').exec(block[1]) : null)?.[1];
  return { name: field('name'), upn: field('userPrincipleName'), objectId: field('aadObjectId') };
}

async function main() {
  if (args.has('--help') || args.has('-h')) {
    console.log('usage: npm run playground [-- --anyway]\n' + 'Opens the Microsoft 365 Agents Playground against the bot started with `npm start`.');
    return 0;
  }
  if (!fs.existsSync(CLI)) {
    console.error('The Microsoft 365 Agents Playground is not installed: run `npm install` first.');
    return 1;
  }
  if (!fs.existsSync(CONFIG_FILE)) {
    console.error(`Missing ${path.relative(process.cwd(), CONFIG_FILE)}: without it the playground signs in as a made-up user Steward does not know.`);
    return 1;
  }

  if (!(await botIsUp())) {
    console.error(`Steward is not answering at ${botBase}/healthz: start the bot first with \`npm start\` (in another terminal).`);
    const goOn = args.has('--anyway') || (await confirm('Open the playground anyway? [y/N] '));
    if (!goOn) {
      console.error('(Or run `npm run playground -- --anyway` to open it without the bot.)');
      return 1;
    }
  }

  const cliArgs = [CLI, '-e', endpoint, '-c', 'msteams', '-p', String(playgroundPort), '--disable-telemetry'];
  // With Bot Framework auth on, the playground must present a token for the same app registration.
  if (env.MicrosoftAppId && env.MicrosoftAppPassword) {
    cliArgs.push('--client-id', env.MicrosoftAppId, '--client-secret', env.MicrosoftAppPassword);
    if (env.MicrosoftAppTenantId) cliArgs.push('--tenant-id', env.MicrosoftAppTenantId);
  }
  fs.mkdirSync(path.dirname(LOG_FILE), { recursive: true });
  const childEnv = {
    ...env,
    TEAMSAPPTESTER_BROWSER: env.TEAMSAPPTESTER_BROWSER ?? 'none',
    M365_AGENTS_PLAYGROUND_CONFIG_PATH: CONFIG_FILE,
    // The playground writes ./devTools/m365agentsplayground.log by default; keep it under .data/.
    M365_AGENTS_PLAYGROUND_LOGFILE: env.M365_AGENTS_PLAYGROUND_LOGFILE ?? LOG_FILE,
  };

  const who = currentUserOf(fs.readFileSync(CONFIG_FILE, 'utf8'));
  const child = spawn(process.execPath, cliArgs, { cwd: ROOT, env: childEnv, stdio: ['inherit', 'pipe', 'inherit'] });
  let announced = false;
  child.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    // The playground falls back to a random port when its port is taken: print the one it got.
    const m = /Listening on (\d+)/.exec(String(chunk));
    if (m && !announced) {
      announced = true;
      console.log(
        [
          '',
          `Microsoft 365 Agents Playground: open http://localhost:${m[1]}`,
          `  signed in as ${who.name ?? '?'} <${who.upn ?? '?'}> (object id ${who.objectId ?? '?'}), the demo Tenant Admin`,
          `  talking to Steward at ${endpoint} on channel msteams`,
          `  try: help · reset MFA for jane@contoso.com · session status    (Ctrl+C to stop)`,
          '',
        ].join('\n'),
      );
    }
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 0 : 1))));
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
