import { ArgumentError } from "../../errors/index.js";
import { normalizeMessage } from "./normalizeMessage.js";
import { OPT_OUT_RULES } from "./rules/index.js";
import type { OptOutRules } from "./rules/optOutRules.js";

/** Options for {@link detectOptOut}. */
export interface DetectOptOutOptions {
  /**
   * The message's language (`en`, `de-AT`, `nl`, `fr-BE`): its rules and the English ones apply.
   * @default every language's rules
   */
  readonly locale?: string;
}

/** Whether a message opts out, how sure the rule is, which rule matched, and what it covers. */
export interface OptOutDetection {
  readonly optOut: boolean;
  /** 1 for a bare keyword, 0.95 for a keyword with fillers (`stop please`), 0.9 for a phrase; 0 when nothing matched. */
  readonly confidence: number;
  /** `en.keyword.stop`, `de.phrase.keine-mehr`, or `null`. */
  readonly rule: string | null;
  /** `all` (STOP ALL) or the channel a phrase names (`stop texting me` → `sms`); absent: the channel the message came on. */
  readonly scope?: string;
}

const NONE: OptOutDetection = { optOut: false, confidence: 0, rule: null };
const MAX_KEYWORD_WORDS = 8;

/**
 * Recognises opt-out messages: a message that is only an opt-out keyword (STOP, STOP ALL, QUIT,
 * END, REVOKE, OPT OUT, CANCEL, UNSUBSCRIBE, STOPP, ABMELDEN, AFMELDEN, UITSCHRIJVEN, ARRÊT,
 * DÉSABONNER, ...), give or take fillers like "please", or a message containing an opt-out phrase
 * ("please stop texting me", "don't contact me again", "bel me niet meer"). Case, accents,
 * punctuation and whitespace do not matter. A sentence that merely contains such a word ("I'll stop
 * by the dealership tomorrow", "can you cancel my test drive and move it to Friday?") does not opt out.
 * @throws {ArgumentError} when `text` is not a string.
 * @example detectOptOut("STOP!!") // { optOut: true, confidence: 1, rule: "en.keyword.stop" }
 */
export function detectOptOut(text: string, options: DetectOptOutOptions = {}): OptOutDetection {
  if (typeof text !== "string") throw new ArgumentError("text", `Expected \`text\` to be a string, got ${text === null ? "null" : typeof text}`);
  const normalized = normalizeMessage(text);
  if (normalized === "") return NONE;
  const tables = rulesFor(options.locale);
  const words = normalized.split(" ");
  if (words.length <= MAX_KEYWORD_WORDS) {
    for (const rules of tables) {
      const hit = keywordMatch(rules, normalized);
      if (hit !== undefined) return hit;
    }
  }
  for (const rules of tables) {
    for (const phrase of rules.phrases) {
      const m = compiled(phrase.pattern).exec(normalized);
      if (m !== null) {
        const scope = scopeOf(rules, m[0]);
        return { optOut: true, confidence: 0.9, rule: `${rules.locale}.phrase.${phrase.id}`, ...(scope === undefined ? {} : { scope }) };
      }
    }
  }
  return NONE;
}

function keywordMatch(rules: OptOutRules, normalized: string): OptOutDetection | undefined {
  const stripped = stripFillers(rules.fillers, normalized);
  for (const keyword of rules.keywords) {
    if (stripped !== keyword.text) continue;
    const scope = keyword.scope === undefined ? {} : { scope: keyword.scope };
    return { optOut: true, confidence: stripped === normalized ? 1 : 0.95, rule: `${rules.locale}.keyword.${keyword.text.replace(/ /g, "-")}`, ...scope };
  }
  return undefined;
}

/** Removes fillers at either end (`please stop now` → `stop`); the middle is left alone. */
function stripFillers(fillers: readonly string[], text: string): string {
  let out = ` ${text} `;
  let changed = true;
  while (changed) {
    changed = false;
    for (const f of fillers) {
      if (out.startsWith(` ${f} `) && out.length > f.length + 2) {
        out = out.slice(f.length + 1);
        changed = true;
      }
      if (out.endsWith(` ${f} `) && out.length > f.length + 2) {
        out = out.slice(0, out.length - f.length - 1);
        changed = true;
      }
    }
  }
  return out.trim();
}

function scopeOf(rules: OptOutRules, matched: string): string | undefined {
  const words = ` ${matched} `;
  let best: string | undefined;
  let bestLength = 0;
  for (const [word, channel] of Object.entries(rules.channelWords)) {
    if (word.length > bestLength && words.includes(` ${word} `)) {
      best = channel;
      bestLength = word.length;
    }
  }
  return best;
}

function rulesFor(locale: string | undefined): readonly OptOutRules[] {
  if (locale === undefined) return ALL;
  const language = locale.toLowerCase().split(/[-_]/)[0] ?? "";
  const own = OPT_OUT_RULES.find((r) => r.locale === language);
  const english = OPT_OUT_RULES.find((r) => r.locale === "en");
  return [own, english].filter((r, i, list): r is OptOutRules => r !== undefined && list.indexOf(r) === i);
}

const ALL: readonly OptOutRules[] = OPT_OUT_RULES;
const patterns = new Map<string, RegExp>();

function compiled(source: string): RegExp {
  let re = patterns.get(source);
  if (re === undefined) patterns.set(source, (re = new RegExp(source)));
  return re;
}
