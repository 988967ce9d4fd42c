/**
 * The offset in JSON `text` (already known to be valid) of the value at `path`, or of the deepest
 * existing ancestor when the path goes further than the document. Scans once, skipping the
 * values off the path, so it is linear in the file size. A repeated key means its last occurrence.
 */
export function jsonPathOffset(text: string, path: readonly (string | number)[]): number {
  let i = skipSpace(text, 0);
  for (const key of path) {
    const c = text[i];
    if (c === "{" && typeof key === "string") {
      const found = findMember(text, i, key);
      if (found === -1) return i;
      i = found;
    } else if (c === "[" && typeof key === "number") {
      const found = findElement(text, i, key);
      if (found === -1) return i;
      i = found;
    } else return i;
  }
  return i;
}

/** The offset of the member's value: its last occurrence when the key is repeated, as `JSON.parse` keeps the last. */
function findMember(text: string, start: number, key: string): number {
  let found = -1;
  let i = skipSpace(text, start + 1);
  while (text[i] === '"') {
    const keyEnd = skipString(text, i);
    const name = JSON.parse(text.slice(i, keyEnd)) as string;
    i = skipSpace(text, keyEnd);
    i = skipSpace(text, i + 1); // past ':'
    if (name === key) found = i;
    i = skipSpace(text, skipValue(text, i));
    if (text[i] === ",") i = skipSpace(text, i + 1);
  }
  return found;
}

function findElement(text: string, start: number, index: number): number {
  let i = skipSpace(text, start + 1);
  for (let n = 0; i < text.length && text[i] !== "]"; n++) {
    if (n === index) return i;
    i = skipSpace(text, skipValue(text, i));
    if (text[i] === ",") i = skipSpace(text, i + 1);
  }
  return -1;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && (text[i] === " " || text[i] === "\n" || text[i] === "\r" || text[i] === "\t")) i++;
  return i;
}

function skipString(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    const c = text[j];
    if (c === "\\") j++;
    else if (c === '"') return j + 1;
  }
  return text.length;
}

/** The offset just past the value starting at `i`. */
function skipValue(text: string, i: number): number {
  const c = text[i];
  if (c === '"') return skipString(text, i);
  if (c === "{" || c === "[") {
    let depth = 0;
    for (let j = i; j < text.length; j++) {
      const d = text[j];
      if (d === '"') j = skipString(text, j) - 1;
      else if (d === "{" || d === "[") depth++;
      else if (d === "}" || d === "]") {
        depth--;
        if (depth === 0) return j + 1;
      }
    }
    return text.length;
  }
  let j = i;
  while (j < text.length && !",}] \n\r\t".includes(text[j] as string)) j++;
  return j;
}
