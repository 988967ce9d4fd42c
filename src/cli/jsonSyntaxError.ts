/**
 * Where and why JSON `text` fails to parse. `JSON.parse` on Node 20 does not say where, so this
 * small strict scanner finds the first offending character. Only called after `JSON.parse` threw.
 */
export function jsonSyntaxError(text: string): { readonly offset: number; readonly message: string } {
  let i = 0;
  const fail = (message: string): never => {
    throw new Located(i, message);
  };
  const space = (): void => {
    while (i < text.length && " \t\n\r".includes(text[i] as string)) i++;
  };
  const describe = (): string => (i >= text.length ? "the end of the file" : `${JSON.stringify(text[i])}`);
  const string = (): void => {
    i++;
    while (i < text.length) {
      const c = text[i] as string;
      if (c === '"') {
        i++;
        return;
      }
      if (c === "\\") {
        const e = text[i + 1];
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail("Bad \\u escape in string");
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else fail(`Bad escape \\${e ?? ""} in string`);
      } else if (c < " ") fail("Control character in string (use \\n, \\t...)");
      else i++;
    }
    fail("Unterminated string");
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === "{") {
      i++;
      space();
      if (text[i] === "}") {
        i++;
        return;
      }
      for (;;) {
        space();
        if (text[i] !== '"') fail(`Expected a property name in double quotes, got ${describe()}`);
        string();
        space();
        if (text[i] !== ":") fail(`Expected ':' after the property name, got ${describe()}`);
        i++;
        value();
        space();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "}") {
          i++;
          return;
        }
        fail(`Expected ',' or '}' after a property value, got ${describe()}`);
      }
    }
    if (c === "[") {
      i++;
      space();
      if (text[i] === "]") {
        i++;
        return;
      }
      for (;;) {
        value();
        space();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "]") {
          i++;
          return;
        }
        fail(`Expected ',' or ']' after an array element, got ${describe()}`);
      }
    }
    if (c === '"') return string();
    LITERAL.lastIndex = i;
    const literal = LITERAL.exec(text);
    if (literal === null) fail(i >= text.length ? "Unexpected end of the file: expected a value" : `Unexpected ${describe()}: expected a value`);
    i += (literal as RegExpExecArray)[0].length;
  };
  try {
    if (text.charCodeAt(0) === 0xfeff) i = 1;
    value();
    space();
    if (i < text.length) fail(`Unexpected ${describe()} after the end of the JSON value`);
    return { offset: text.length, message: "Invalid JSON" };
  } catch (error) {
    if (error instanceof Located) return { offset: error.offset, message: error.message };
    throw error;
  }
}

class Located extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

/** A literal or a number at `lastIndex` (sticky: read where it starts, however long, never searched for further on). */
const LITERAL = /true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
