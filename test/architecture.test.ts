import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const SOURCE_DIRS = ['app', 'bot', 'dialogs', 'cards', 'actions', 'store', 'nlu', 'sandbox', 'config', 'manifest', 'test', 'scripts'];

function sourceFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|js)$/.test(entry.name)) out.push(full);
    }
  };
  SOURCE_DIRS.forEach((d) => walk(path.join(ROOT, d)));
  return out;
}

const relative = (f: string) => path.relative(ROOT, f).split(path.sep).join('/');
const BOTBUILDER_IMPORT = /(?:from\s+|require\(\s*|import\(\s*)['"]botbuilder(?:-[a-z-]+)?(?:\/[^'"]*)?['"]/;

describe('architecture', () => {
  it('imports botbuilder only under bot/ and dialogs/ (the SDK is archived; a move must touch nothing else)', () => {
    const offenders = sourceFiles()
      .filter((f) => !/^(bot|dialogs)\//.test(relative(f)))
      .filter((f) => !relative(f).startsWith('test/')) // tests drive the bot over HTTP, never through the SDK
      .filter((f) => BOTBUILDER_IMPORT.test(fs.readFileSync(f, 'utf8')));
    expect(offenders.map(relative)).toEqual([]);
  });

  it('the rule catches an import when there is one', () => {
    expect(BOTBUILDER_IMPORT.test("import { CardFactory } from 'botbuilder';")).toBe(true);
    expect(BOTBUILDER_IMPORT.test("const d = require('botbuilder-dialogs')")).toBe(true);
    expect(BOTBUILDER_IMPORT.test("import { z } from 'zod';")).toBe(false);
  });

  it('reads process.env only in the config module', () => {
    const offenders = sourceFiles()
      .filter((f) => !/^(config\/config\.ts|scripts\/|test\/)/.test(relative(f)))
      .filter((f) => /process\.env\b/.test(fs.readFileSync(f, 'utf8')));
    expect(offenders.map(relative)).toEqual([]);
  });
});
