import { readFileSync } from 'node:fs';
import { Module } from 'node:module';
import { dirname } from 'node:path';

/**
 * Checks cards with the real Adaptive Cards renderer, the way a client would see them.
 *
 * `require('adaptivecards')` fails in Node, so the dist bundle is evaluated inside a jsdom window
 * (with an innerText polyfill, which jsdom lacks). Parsing reports unknown element types and invalid
 * property values; validateProperties() reports duplicate ids, inputs without id and the like.
 * The window is created lazily, once per validator, inside the closure: no module-level state.
 *
 * jsdom 29 pulls in ES modules that Jest's CommonJS runtime refuses (and Jest routes `createRequire`
 * through its own registry), while Node 20's own loader accepts them. So jsdom (which ships no types)
 * is loaded by a plain Node `Module`, outside Jest's registry: see `nodeRequire`.
 */

/** Node's own require, bypassing Jest's module registry. */
function nodeRequire(id: string): unknown {
  const host = new Module(__filename);
  host.filename = __filename;
  host.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(dirname(__filename));
  return host.require(id);
}

/** The slice of jsdom used here. */
interface JsdomModule {
  JSDOM: new (html: string, options: Record<string, unknown>) => { window: unknown };
  VirtualConsole: new () => unknown;
}

/* eslint-disable @typescript-eslint/no-explicit-any */
type AdaptiveCardsModule = any;

export interface CardValidator {
  /** Every parse and validation problem, as "EventName: message"; empty when the card is clean. */
  validateCard(json: unknown): string[];
  /** The text a user would see (TextBlocks, labels, facts, button titles), whitespace-collapsed. */
  renderCard(json: unknown): string;
}

export function createCardValidator(): CardValidator {
  let ac: AdaptiveCardsModule | undefined;

  const load = (): AdaptiveCardsModule => {
    if (ac) return ac;
    const { JSDOM, VirtualConsole } = nodeRequire('jsdom') as JsdomModule;
    // Swallow the bundle's console chatter (e.g. "markdown processing isn't enabled").
    const dom = new JSDOM('<!doctype html><html><body></body></html>', {
      runScripts: 'outside-only',
      virtualConsole: new VirtualConsole(),
    });
    const win = dom.window as unknown as { eval(code: string): unknown; HTMLElement: { prototype: object }; AdaptiveCards: any };
    Object.defineProperty(win.HTMLElement.prototype, 'innerText', {
      configurable: true,
      get(this: { textContent: string | null }) {
        return this.textContent ?? '';
      },
      set(this: { textContent: string | null }, value: string) {
        this.textContent = value;
      },
    });
    win.eval(readFileSync(require.resolve('adaptivecards/dist/adaptivecards.js'), 'utf8'));
    const mod = win.AdaptiveCards;
    // Treat text as plain (no markdown library here); marks it processed so nothing warns.
    mod.AdaptiveCard.onProcessMarkdown = (text: string, result: { didProcess: boolean; outputHtml?: string }) => {
      result.outputHtml = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      result.didProcess = true;
    };
    ac = mod;
    return mod;
  };

  const parse = (json: unknown): { card: any; problems: string[] } => {
    const mod = load();
    const card = new mod.AdaptiveCard();
    const context = new mod.SerializationContext();
    card.parse(JSON.parse(JSON.stringify(json)), context);
    const problems: string[] = [];
    const name = (event: number): string => mod.ValidationEvent[event] ?? String(event);
    for (let i = 0; i < context.eventCount; i++) {
      const e = context.getEventAt(i);
      problems.push(`${name(e.event)}: ${e.message}`);
    }
    return { card, problems };
  };

  return {
    validateCard(json: unknown): string[] {
      const { card, problems } = parse(json);
      for (const e of card.validateProperties().validationEvents) problems.push(`${load().ValidationEvent[e.event] ?? e.event}: ${e.message}`);
      return problems;
    },
    renderCard(json: unknown): string {
      const { card } = parse(json);
      const element = card.render();
      if (!element) return '';
      // One part per DOM text node, so adjacent blocks don't run together ("Jane Doejane@…").
      const parts: string[] = [];
      const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.nodeValue ?? '');
      return parts.join(' ').replace(/\s+/g, ' ').trim();
    },
  };
}

/** A shared validator for test files (its jsdom window is created on first use). */
export const { validateCard, renderCard } = createCardValidator();

/** Every object in a card's JSON (elements, inlines, actions, choices…) matching `predicate`, depth first. */
export function findElements(json: unknown, predicate: (node: Record<string, any>) => boolean): Record<string, any>[] {
  const found: Record<string, any>[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === 'object') {
      const obj = node as Record<string, any>;
      if (predicate(obj)) found.push(obj);
      Object.values(obj).forEach(walk);
    }
  };
  walk(json);
  return found;
}

/** The element with this id (throws when missing, so tests read straight). */
export function elementById(json: unknown, id: string): Record<string, any> {
  const [el] = findElements(json, (n) => n.id === id && typeof n.type === 'string');
  if (!el) throw new Error(`No element with id "${id}"`);
  return el;
}

/** The card's actions (buttons) by title. */
export function actionByTitle(json: unknown, title: string): Record<string, any> {
  const [action] = findElements(json, (n) => typeof n.type === 'string' && n.type.startsWith('Action.') && n.title === title);
  if (!action) throw new Error(`No action titled "${title}"`);
  return action;
}
