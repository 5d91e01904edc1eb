import fs from 'node:fs';
import path from 'node:path';
import { FIXTURE_INTENTS } from '../test/fixtures/nlu/intents.fixture';
import { BUILTIN_INTENTS, Recognizer, type IntentDescriptor, type Recognition } from './recognizer';
import { synonymConflicts } from './text-normalizer';

interface Example {
  action: string | null;
  targets: string[];
  text: string;
}

const FIXTURES = path.resolve(__dirname, '../test/fixtures/nlu');

function readExamples(file: string): Example[] {
  const [, ...rows] = fs.readFileSync(path.join(FIXTURES, file), 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
  return rows.map((row) => {
    const [action, targets, text] = row.split('\t');
    return {
      action: action === 'none' ? null : action,
      targets: (targets ?? '')
        .split(',')
        .map((t) => t.trim())
        .filter((t) => t !== ''),
      text,
    };
  });
}

const categoryOf = new Map([...FIXTURE_INTENTS, ...BUILTIN_INTENTS].map((i) => [i.id, i.category ?? 'Other']));

interface Score {
  intent: number;
  targets: number;
  report: string;
}

/** Accuracy over a set, with a per-category breakdown and the misses (printed when a bar is not met). */
function score(recognizer: Recognizer, examples: Example[]): Score {
  const byCategory = new Map<string, { n: number; intent: number; targets: number }>();
  const misses: string[] = [];
  let intentOk = 0;
  let targetsOk = 0;
  for (const ex of examples) {
    const r = recognizer.recognize(ex.text);
    const iOk = r.actionId === ex.action;
    const tOk = JSON.stringify(r.targets) === JSON.stringify(ex.targets);
    intentOk += iOk ? 1 : 0;
    targetsOk += tOk ? 1 : 0;
    const cat = ex.action === null ? 'none' : categoryOf.get(ex.action) ?? 'unknown';
    const row = byCategory.get(cat) ?? { n: 0, intent: 0, targets: 0 };
    row.n += 1;
    row.intent += iOk ? 1 : 0;
    row.targets += tOk ? 1 : 0;
    byCategory.set(cat, row);
    if (!iOk || !tOk) {
      misses.push(`  "${ex.text}" → ${r.actionId} (${r.confidence}) [${r.targets.join(', ')}]; expected ${ex.action} [${ex.targets.join(', ')}]`);
    }
  }
  const pct = (a: number, n: number) => `${((100 * a) / n).toFixed(1)}%`;
  const lines = [...byCategory].map(([cat, r]) => `  ${cat.padEnd(32)} n=${String(r.n).padStart(3)}  intent ${pct(r.intent, r.n)}  targets ${pct(r.targets, r.n)}`);
  const report = [
    `intent ${pct(intentOk, examples.length)}, targets ${pct(targetsOk, examples.length)} over ${examples.length} lines`,
    'per category:',
    ...lines,
    'misses:',
    ...misses,
  ].join('\n');
  return { intent: intentOk / examples.length, targets: targetsOk / examples.length, report };
}

function expectAtLeast(s: Score, bar: number): void {
  if (s.intent < bar || s.targets < bar) throw new Error(`below ${bar * 100}%:\n${s.report}`);
  expect(s.intent).toBeGreaterThanOrEqual(bar);
  expect(s.targets).toBeGreaterThanOrEqual(bar);
}

describe('Recognizer', () => {
  const recognizer = new Recognizer([...FIXTURE_INTENTS, ...BUILTIN_INTENTS]);
  const r = (text: string): Recognition => recognizer.recognize(text);

  describe('scores', () => {
    it('development set: ≥ 95 % intents and ≥ 95 % exact targets', () => {
      expectAtLeast(score(recognizer, readExamples('utterances.dev.tsv')), 0.95);
    });

    it('own held-out-style set: ≥ 95 % intents and ≥ 95 % exact targets', () => {
      expectAtLeast(score(recognizer, readExamples('utterances.own.tsv')), 0.95);
    });

    it('the fixture describes every action the development set names', () => {
      const ids = new Set(FIXTURE_INTENTS.map((i) => i.id));
      const missing = readExamples('utterances.dev.tsv')
        .map((e) => e.action)
        .filter((a): a is string => a !== null && !ids.has(a));
      expect(missing).toEqual([]);
    });
  });

  describe('targets', () => {
    it('reads several targets joined by "and" or commas', () => {
      expect(r('block a@contoso.com and b@contoso.com').targets).toEqual(['a@contoso.com', 'b@contoso.com']);
      expect(r('revoke sessions for a@x.com, b@x.com').targets).toEqual(['a@x.com', 'b@x.com']);
      expect(r('reset mfa for a@x.com, b@x.com and c@x.com').targets).toEqual(['a@x.com', 'b@x.com', 'c@x.com']);
    });

    it('reads display names and lower-case names', () => {
      expect(r('block Jane Doe')).toMatchObject({ actionId: 'user.set-sign-in-status', targets: ['Jane Doe'] });
      expect(r('reset mfa for jane')).toMatchObject({ actionId: 'user.reset-mfa', targets: ['jane'] });
      expect(r('reset the password for "Jane Doe"').targets).toEqual(['Jane Doe']);
      expect(r('block Jane Doe and John Smith').targets).toEqual(['Jane Doe', 'John Smith']);
      expect(r('jsmith is locked out of AD, unlock him')).toMatchObject({ actionId: 'onprem.unlock-user', targets: ['jsmith'] });
    });

    it('reads guests and possessives', () => {
      expect(r('remove guest user guest@northwind.com').targets).toEqual(['guest@northwind.com']);
      expect(r("reset alex.w@contoso.com's password")).toMatchObject({ actionId: 'user.manage-password', targets: ['alex.w@contoso.com'] });
      expect(r("reset Jane Doe's MFA").targets).toEqual(['Jane Doe']);
    });

    it('keeps values and moved members out of the targets', () => {
      expect(r("change lynne@contoso.com's manager to grady@contoso.com").targets).toEqual(['lynne@contoso.com']);
      expect(r('add tag Onboarding to irvin@contoso.com').targets).toEqual(['irvin@contoso.com']);
      expect(r('add megan@contoso.com to distribution group nw-sales@contoso.com').targets).toEqual(['nw-sales@contoso.com']);
      expect(r('copy mailbox permissions from adele@contoso.com to megan@contoso.com').targets).toEqual(['megan@contoso.com']);
    });

    it('never returns pronouns or quantifiers as targets', () => {
      for (const text of ['reset my password', 'block all users', 'revoke sessions for everyone', 'reset mfa for the user', 'unblock them']) {
        expect(r(text).targets).toEqual([]);
      }
    });

    it('reads device names for device actions and nothing for create actions', () => {
      expect(r('wipe LAPTOP-15')).toMatchObject({ actionId: 'managed-device.wipe', targets: ['LAPTOP-15'] });
      expect(r('create distribution group Northwest Sales')).toMatchObject({ actionId: 'distribution-group.create', targets: [] });
    });
  });

  describe('non-requests', () => {
    it.each(['thanks', 'hello there', "what's the weather", 'who are you?', 'good morning', 'lol', '', '   '])('"%s" has no intent', (text) => {
      expect(r(text)).toMatchObject({ actionId: null, targets: [], params: {} });
    });
  });

  describe('built-in commands', () => {
    it.each([
      ['what can you do?', 'steward.help'],
      ['never mind', 'steward.cancel'],
      ['am I in a management session?', 'steward.session-status'],
      ['start a management session', 'steward.session-on'],
      ['end my session', 'steward.session-off'],
    ])('"%s" → %s', (text, id) => {
      expect(r(text).actionId).toBe(id);
    });

    it('"end all sessions of jane@contoso.com" is a user action, not the built-in', () => {
      expect(r('end all sessions of jane@contoso.com').actionId).toBe('user.revoke-sessions');
    });
  });

  describe('Exchange wording', () => {
    it('reads Exchange vocabulary: Outlook on the web, the GAL, phone models, quarantine', () => {
      expect(r('block outlook on the web for megan')).toMatchObject({ actionId: 'mailbox.manage-services', targets: ['megan'] });
      expect(r('stop adele from using Outlook').targets).toEqual(['adele']);
      expect(r('hide adele from the GAL')).toMatchObject({ actionId: 'mailbox.edit', targets: ['adele'] });
      expect(r("remote wipe megan@contoso.com's Galaxy").actionId).toBe('mobile-device.wipe');
      expect(r("unquarantine jane@contoso.com's phone").actionId).toBe('mobile-device.allow-quarantined');
    });

    it('reads lower-case object names next to their container noun', () => {
      const lists = new Recognizer([
        { id: 'list.remove', title: 'Remove a list', phrases: ['delete the distribution list {name}', 'remove DL {name}'] },
        { id: 'list.remove-members', title: 'Remove list members', phrases: ['remove {user} from the distribution list {name}'], targets: { after: ['from'] } },
      ]);
      expect(lists.recognize('remove the DL nw-sales').targets).toEqual(['nw-sales']);
      expect(lists.recognize('delete the nw-sales distribution list').targets).toEqual(['nw-sales']);
      expect(lists.recognize('remove jane from the wrong distribution list').targets).not.toContain('wrong');
    });

    it('keeps a vocabulary word that closes a capitalized name ("Contoso Info") in the name', () => {
      expect(r('put the Contoso Info mailbox on litigation hold')).toMatchObject({ actionId: 'mailbox.manage-litigation-hold', targets: ['Contoso Info'] });
      expect(r('convert Adele Vance Mailbox to shared').targets).toEqual(['Adele Vance']);
    });

    it('every item of a list counts as standing after the list\'s preposition', () => {
      const copy = new Recognizer([{ id: 'perm.copy-from', title: 'Copy permissions from', phrases: ['copy mailbox permissions from {user} to {user}'], targets: { after: ['to', 'for'] } }]);
      expect(copy.recognize('for the users allan@contoso.com and irvin@contoso.com, copy mailbox permissions from megan@contoso.com').targets).toEqual([
        'allan@contoso.com',
        'irvin@contoso.com',
      ]);
    });

    it('an address followed by the noun it names is the target, even after "to"', () => {
      expect(r('megan@contoso.com should no longer have access to the info@contoso.com mailbox').targets).toEqual(['info@contoso.com']);
    });

    it('a quoted new name after what a mention owns is a value', () => {
      expect(r('call irvin@contoso.com\'s archive mailbox "Irvin Archive 2020"').targets).toEqual(['irvin@contoso.com']);
      expect(r('reset the password for "Jane Doe"').targets).toEqual(['Jane Doe']);
    });

    it.each(['nice, the forwarding works', 'thanks, the mailbox looks fine now', "what's a shared mailbox anyway?", "what's your name?"])(
      '"%s" is feedback or small talk, not a request',
      (text) => {
        expect(r(text).actionId).toBeNull();
      },
    );
  });

  describe('params', () => {
    it('block vs unblock', () => {
      expect(r('block allan@contoso.com from signing in').params).toMatchObject({ blocked: true });
      expect(r('disable sign-in for allan@contoso.com').params).toMatchObject({ blocked: true });
      expect(r('lock out allan@contoso.com').params).toMatchObject({ blocked: true });
      expect(r('unblock allan@contoso.com')).toMatchObject({ actionId: 'user.set-sign-in-status', params: { blocked: false } });
      expect(r('allow allan@contoso.com to sign in again').params).toMatchObject({ blocked: false });
      expect(r('re-enable sign-in for allan@contoso.com').params).toMatchObject({ blocked: false });
    });

    it('revokeSessions only when the text says so', () => {
      expect(r('reset mfa for jane@contoso.com without revoking sessions').params).toEqual({ revokeSessions: false });
      expect(r('block jane@contoso.com but keep her sessions').params).toMatchObject({ blocked: true, revokeSessions: false });
      expect(r('reset mfa for jane@contoso.com').params).toEqual({});
    });

    it('generated password unless one is given', () => {
      expect(r('reset the password of jane@contoso.com').params).toMatchObject({ generateRandom: true });
      expect(r('set the password of jane@contoso.com to Xy7!pq9#Lm').params).toMatchObject({ generateRandom: false, password: 'Xy7!pq9#Lm' });
    });

    it('enable/disable style switches and captured values', () => {
      expect(r('enable litigation hold on adele@contoso.com').params).toMatchObject({ enabled: true });
      expect(r('remove the litigation hold from adele@contoso.com').params).toMatchObject({ enabled: false });
      expect(r('disable IMAP on adele@contoso.com').params).toEqual({ imapEnabled: false });
      expect(r("forward adele@contoso.com's mail to adele@outlook.com").params).toMatchObject({ forwardingSmtpAddress: 'adele@outlook.com' });
      expect(r('set OneDrive quota of adele@contoso.com to 1 TB').params).toEqual({ storageQuotaMB: 1048576 });
      expect(r('add tag Onboarding to irvin@contoso.com').params).toEqual({ tags: ['Onboarding'] });
      expect(r('enforce MFA for johanna@contoso.com').params).toMatchObject({ perUserMfaState: 'enforced' });
    });
  });

  describe('construction', () => {
    it('is driven only by the descriptors it is given', () => {
      const intents: IntentDescriptor[] = [
        { id: 'pets.feed', title: 'Feed the cat', phrases: ['feed the cat', 'give the cat some food'] },
        { id: 'pets.walk', title: 'Walk the dog', phrases: ['walk the dog', 'take the dog out'], params: [{ name: 'long', when: [{ pattern: /\blong\b/i, value: true }] }] },
      ];
      const small = new Recognizer(intents);
      expect(small.recognize('please feed the cat').actionId).toBe('pets.feed');
      expect(small.recognize('take the dog for a long walk')).toMatchObject({ actionId: 'pets.walk', params: { long: true } });
      expect(small.recognize('reset mfa for jane@contoso.com').actionId).toBeNull();
    });

    it('rejects an intent declared twice', () => {
      expect(() => new Recognizer([...BUILTIN_INTENTS, BUILTIN_INTENTS[0]])).toThrow(/declared twice/);
    });

    it('has no word in two synonym groups', () => {
      expect(synonymConflicts()).toEqual([]);
    });

    it('is deterministic (speed is measured by npm run bench, never asserted here)', () => {
      const texts = [...readExamples('utterances.dev.tsv'), ...readExamples('utterances.own.tsv')].map((e) => e.text);
      const first = texts.map((t) => recognizer.recognize(t));
      expect(texts.map((t) => recognizer.recognize(t))).toEqual(first);
    });
  });
});
