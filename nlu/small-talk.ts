import { FUNCTION_WORDS } from './text-normalizer';

/**
 * Small talk that merely mentions mail words ("my Outlook is slow lol", "I'll email you later", "did you get my
 * mail?", "ok, I forwarded it already") scores well against mail intents but asks for nothing. A text is small
 * talk when it jokes, asks about the chat itself, or reports something about the speaker without naming anyone
 * ("I forwarded it", "my inbox is a mess") — and nothing in it asks for anything: no request cue ("please",
 * "can you", "I need", "should") and no later clause that opens with a request verb ("…, restore it").
 */

const LEAD_IN = String.raw`(?:(?:ok(?:ay)?|cool|yeah|yep|yes|sure|great|nice|thanks|thx|so|well|btw|fyi|oh|ah|anyway|haha\w*|lol)[\s,!.]+)*`;
const LAUGHTER = /\b(?:ha(?:ha)+h?|he(?:he)+|lol+|lmao|rofl)\b/;
/** "did you get my mail?", "have you seen my message?": a question about the chat, not a request. */
const ABOUT_CHAT = new RegExp(String.raw`^${LEAD_IN}(?:did|have|do) (?:you|u) (?:get|got|see|seen|receive|received|read)\b`);
/** "I forwarded it", "we'll email you": the speaker reports what they did or will do. */
const REPORT = new RegExp(String.raw`^${LEAD_IN}(?:i|we)(?:'ll|'ve| will| have| had| just| already| also| actually)*\s+[a-z]`);
/** "my Outlook is super slow", "my inbox keeps freezing". */
const MY_STATE = new RegExp(String.raw`^${LEAD_IN}my [a-z' -]{1,30}? (?:is|are|was|were|keeps|seems|looks|feels)\b`);
/** Words that make any text a request. */
const REQUEST_CUE =
  /\b(?:please|pls|plz|(?:can|could|would|will) (?:you|u)|need|needs|want|wants|wanna|i'd like|we'd like|would like|should|must|has to|have to|how (?:do|can|should) (?:i|we))\b/;
/** Grammar words that still open a request ("…, make it a room mailbox", "…, let her send as info@"). */
const GRAMMAR_VERBS: ReadonlySet<string> = new Set(['make', 'let', 'get', 'use', 'try', 'tell', 'look']);

/** The words intent phrases open with ("remove", "make", "unblock"): a clause that opens with one asks for something. */
export function requestVerbsOf(phrases: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const p of phrases) {
    const w = p.trim().toLowerCase().split(/\s+/)[0] ?? '';
    if (!/^[a-z]+$/.test(w)) continue;
    if (!FUNCTION_WORDS.has(w) || GRAMMAR_VERBS.has(w)) out.add(w);
  }
  return out;
}

export function isSmallTalk(text: string, namesSomeone: boolean, requestVerbs: ReadonlySet<string>): boolean {
  const t = text.toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim();
  if (REQUEST_CUE.test(t)) return false;
  const chatty = LAUGHTER.test(t) || ABOUT_CHAT.test(t) || (!namesSomeone && (REPORT.test(t) || MY_STATE.test(t)));
  if (!chatty) return false;
  // "I deleted it by mistake, restore it": a later clause that opens with a request verb asks for something
  const later = t.split(/[,;.!?:]+|\b(?:and then|then|so|but)\b/).slice(1);
  return !later.some((c) => requestVerbs.has(c.trim().split(' ')[0] ?? ''));
}
