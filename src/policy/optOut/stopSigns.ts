/** Signs that say stop without a word: no entry ⛔, prohibited 🚫, octagonal sign 🛑. */
const STOP_SIGNS = /* @__PURE__ */ new Set(["\u26D4", "\u{1F6AB}", "\u{1F6D1}"]);

/** Channel signs that may stand beside a stop sign ("🚫📞": no calls): telephone, receiver, mobile phone, envelopes, speech balloon. */
const CHANNEL_SIGNS = /* @__PURE__ */ new Set(["\u260E", "\u{1F4DE}", "\u{1F4F1}", "\u2709", "\u{1F4E7}", "\u{1F4E9}", "\u{1F4AC}"]);

/** Emoji variation selectors: text (U+FE0E) and emoji (U+FE0F) presentation. */
const SELECTORS = /* @__PURE__ */ new Set(["\uFE0E", "\uFE0F"]);

/** White space and punctuation, which may stand beside the signs. */
const SPACE_OR_PUNCTUATION = /[\s\p{P}]/u;

/** The longest text read for stop signs: a reply of a few signs, not prose. */
const STOP_SIGNS_LIMIT = 32;

/**
 * The text is one or more stop signs and nothing else but whitespace, punctuation, channel signs
 * ("🚫📞") and emoji variation selectors ("🛑", "⛔️", "🛑🛑!"); bounded by {@link STOP_SIGNS_LIMIT}.
 */
export function onlyStopSigns(text: string): boolean {
  if (text.length > STOP_SIGNS_LIMIT) return false;
  let signs = 0;
  for (const char of text) {
    if (STOP_SIGNS.has(char)) signs++;
    else if (!SELECTORS.has(char) && !CHANNEL_SIGNS.has(char) && !SPACE_OR_PUNCTUATION.test(char)) return false;
  }
  return signs > 0;
}
