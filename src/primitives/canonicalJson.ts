/**
 * JSON text of `value` with every object's keys in sorted order: two values give the same text when
 * they are equal as JSON, whatever the order of their keys (a `jsonb` column hands a record back
 * with its keys reordered). Arrays keep their order.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, sortedKeys);
}

function sortedKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).sort(([p], [q]) => (p < q ? -1 : p > q ? 1 : 0)));
}
