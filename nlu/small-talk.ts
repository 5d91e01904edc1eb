import { FUNCTION_WORDS } from './text-normalizer';

/**
 * Small talk that merely mentions mail words ("my Outlook is slow lol", "I'll email you later", "did you get my
 * mail?", "ok, I forwarded it already") scores well against mail intents but asks for nothing. A text is small
 * talk when it jokes or sighs, asks about the chat itself, says the speaker is busy, or — without naming anyone —
 * reports something about the speaker or the state of things ("I forwarded it", "my inbox is a mess", "that did
 * it") or asks how things work ("what's the difference between …") — and nothing in it asks for anything: no
 * request cue ("please", "can you", "I need", "should") and no later clause that opens with a request verb
 * ("…, restore it").
 */

const LEAD_IN = String.raw`(?:(?:ok(?:ay)?|cool|yeah|yep|yes|sure|great|nice|thanks|thx|so|well|btw|fyi|oh|ah|anyway|haha\w*|lol|sorry|hey|hi|hmm)[\s,!.]+)*`;
const LAUGHTER = /\b(?:ha(?:ha)+h?|he(?:he)+|lol+|lmao|rofl)\b/;
/** "did you get my mail?", "have you seen my message?": a question about the chat, not a request. */
const ABOUT_CHAT = new RegExp(String.raw`^${LEAD_IN}(?:did|have|do) (?:you|u) (?:get|got|see|seen|receive|received|read)\b`);
/** "I forwarded it", "we'll email you": the speaker reports what they did or will do. */
const REPORT = new RegExp(String.raw`^${LEAD_IN}(?:fyi,? )?(?:i|we)(?:'ll|'ve|'m|'re| will| have| had| am| are| just| already| also| actually)*\s+[a-z]`);
/** "my Outlook is super slow", "my inbox keeps freezing", "Outlook is so slow today". */
const MY_STATE = new RegExp(
  String.raw`^${LEAD_IN}(?:my [a-z' -]{1,30}? (?:is|are|was|were|has|have|had|keeps|seems|looks|feels)\b|(?:the |our )?[a-z' -]{1,30}? (?:is|are|was|were|keeps|seems|looks|feels) (?:so|super|really|very|too|totally|kinda|pretty|being|acting|down|broken|slow|weird|dead|stuck|frozen|crashing|lagging)\b)`,
);
/** Sighs and cheers: "ugh", "omg", "yay". */
const INTERJECTION = /\b(?:ugh+|argh+|sigh|meh|omg|wow|yay|damn|dammit|geez|jeez|phew|yikes)\b/;
/** "that did it", "the forwarded email finally arrived": a remark about how things went. */
const REMARK = new RegExp(
  String.raw`^${LEAD_IN}(?:(?:that|this|it|everything|all)(?:'s| is| was| did| does| worked| works| went| looks| seems)\b|the [a-z' -]{1,40}? (?:finally |just |already |now )?(?:arrived|came|worked|works|went|showed up|shows up|looks|seems|is back|are back)\b)`,
);
/** "what's the difference between …", "how does archiving work?": a question about how things are, not a request. */
const CONCEPT_QUESTION = new RegExp(
  String.raw`^${LEAD_IN}(?:what(?:'s| is| are)(?: the)? (?:difference|differences|diff|point|deal)\b|what does .{1,60}? (?:mean|do)\b|how (?:does|do) [a-z' -]{1,40} work\b|why (?:do|does|is|are|did|would)\b|is there (?:a|any) difference\b)`,
);
/** "just saw your email", "already replied": the speaker reports, with no subject said. */
const BARE_REPORT = new RegExp(String.raw`^${LEAD_IN}(?:just |already )?(?:saw|seen|got|read|received|sent|forwarded|replied|checked|answered)\b`);
/** "you're way faster than …", "nice work": a compliment. */
const COMPLIMENT = new RegExp(String.raw`^${LEAD_IN}(?:you'?re|you are|u r|ur)\b|\b(?:nice|good|great|awesome) (?:work|job|one)\b|\bwell done\b`);
/** "which do you like better", "sorry, wrong chat": opinions asked, or a message not meant for the bot. */
const ASIDE = new RegExp(String.raw`^${LEAD_IN}(?:which|what) (?:do|would) (?:you|u) (?:like|prefer|think|recommend)\b|\bwrong (?:chat|window|person|channel|thread|tab)\b|\bmeant for\b|\bignore (?:that|this|my last)\b`);
/** "love the new Outlook", "the admin center looks different today", "call dropped, back now": remarks and feelings. */
const FEELING = new RegExp(
  String.raw`^${LEAD_IN}(?:good (?:morning|afternoon|evening|night)|morning|evening|hello|hi|hey)(?: (?:all|everyone|everybody|team|folks|guys|there))?[\s!.]*$|^${LEAD_IN}(?:(?:i )?(?:love|like|hate|miss|enjoy)(?:d)? (?:the|this|that|my|our|how)\b)|\b(?:looks?|seems?|feels?) (?:different|weird|odd|new|nice|great|better|worse|off|strange)\b|\b(?:call|meeting|connection|wifi|vpn|teams) (?:dropped|died|froze|crashed|lagged)\b|\bback now\b|\ball (?:sorted|good|set|done)\b|^(?:ok,? )?(?:will|i'll) (?:check|look|read|reply)\b|^nvm\b|\bfound (?:it|the)\b|^who(?:'s| is) (?:covering|on|around|working|in)\b|^(?:just curious,? )?how many\b|\bannoying\b|\bjust me\b|\bis (?:it|[a-z]+(?: [a-z]+)?) down\b|^who (?:wrote|made|built|owns|runs)\b|^how long (?:does|do|will|would|should)\b|\b(?:so|really|super|kinda) (?:annoying|frustrating|weird|slow|broken|cool)\b|\b(?:faster|quicker|slower|better|worse) than (?:last|before|yesterday|usual)\b|\bthanks? (?:you )?for (?:the|your|all the) help\b|\bis (?:it )?(?:still )?raining\b|\bwho(?:'s| is) on call\b`,
);
/** "can't talk now", "brb", "in a meeting": the speaker is busy, with no subject said. */
const BUSY = new RegExp(String.raw`^${LEAD_IN}(?:(?:i )?(?:can't|cannot|couldn't) (?:talk|chat|call|speak|answer)\b|brb\b|afk\b|(?:i'm |im )?(?:in|stuck in|heading to|off to) (?:a|the) (?:meeting|call)\b)`);
/** Words that make any text a request. */
const REQUEST_CUE =
  /\b(?:please|pls|plz|(?:been |was |were )?asked to|requested to|supposed to|(?:can|could|would|will) (?:you|u)|need|needs|want|wants|wanna|i'd like|we'd like|would like|should|must|has to|have to|how (?:do|can|should) (?:i|we))\b/;
/** Grammar words that still open a request ("…, make it a room mailbox", "…, let her send as info@"). */
const GRAMMAR_VERBS: ReadonlySet<string> = new Set(['make', 'let', 'get', 'use', 'try', 'tell', 'look']);

/** Phrase openings that are not verbs ("new shared mailbox for HR"): a clause opening with one asks for nothing. */
const OPENING_ADJECTIVES: ReadonlySet<string> = new Set(['new', 'all', 'every', 'each', 'another', 'any', 'some', 'no', 'old']);

/** The words intent phrases open with ("remove", "make", "unblock"): a clause that opens with one asks for something. */
export function requestVerbsOf(phrases: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const p of phrases) {
    const w = p.trim().toLowerCase().split(/\s+/)[0] ?? '';
    if (!/^[a-z]+$/.test(w)) continue;
    if ((!FUNCTION_WORDS.has(w) || GRAMMAR_VERBS.has(w)) && !OPENING_ADJECTIVES.has(w)) out.add(w);
  }
  return out;
}

export function isSmallTalk(text: string, namesSomeone: boolean, requestVerbs: ReadonlySet<string>): boolean {
  const t = text.toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim();
  if (REQUEST_CUE.test(t)) return false;
  const chatty =
    LAUGHTER.test(t) ||
    INTERJECTION.test(t) ||
    ABOUT_CHAT.test(t) ||
    BUSY.test(t) ||
    ASIDE.test(t) ||
    (!namesSomeone && FEELING.test(t)) ||
    (!namesSomeone && (REPORT.test(t) || BARE_REPORT.test(t) || COMPLIMENT.test(t) || MY_STATE.test(t) || REMARK.test(t) || CONCEPT_QUESTION.test(t)));
  if (!chatty) return false;
  // "I deleted it by mistake, restore it": a later clause that opens with a request verb asks for something
  const later = t.split(/[,;.!?:]+|\b(?:and then|then|so|but)\b/).slice(1);
  // "…, now turn off the forwarding": the verb may follow a linking word
  const opening = (clause: string) => clause.trim().replace(/^(?:(?:now|also|and|next|just|pls|please|could|then|ok)\s+)+/, '').split(' ')[0] ?? '';
  return !later.some((c) => requestVerbs.has(opening(c)));
}
