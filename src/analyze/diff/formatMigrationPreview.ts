import { checkShape } from "../../errors/index.js";
import { formatLocalWithWeekday } from "../../calendar/index.js";
import { printable } from "../../primitives/index.js";
import type { LeadPosition, MigrationPreview } from "./previewMigration.js";

/** A migration preview for people: totals, the flood, then one line per lead whose position changes (at most `maxLeads`). */
export function formatMigrationPreview(preview: MigrationPreview, maxLeads = 50): string {
  checkShape(preview, "preview", "a migration preview from previewMigration", { from: "object", to: "object", totals: "object", leads: "array" });
  const t = preview.totals;
  const lines = [
    `Migration ${preview.from.id} v${preview.from.version} → v${preview.to.version} at ${preview.at} (${preview.mode})`,
    `  ${t.inFlight} lead${t.inFlight === 1 ? "" : "s"} in flight${t.ignored === 0 ? "" : ` (${t.ignored} on another version or ended, left alone)`}; ${t.changed} change position`,
    `  touches skipped: ${t.skipped}${t.skipped === 0 ? "" : ` (${counts(t.skippedByReason)})`}`,
    `  due at once: ${t.dueAtOnce} touch${t.dueAtOnce === 1 ? "" : "es"} for ${t.leadsDueAtOnce} lead${t.leadsDueAtOnce === 1 ? "" : "s"}${t.dueAtOnce === 0 ? "" : ` (${counts(t.dueAtOnceByChannel)})`}`,
  ];
  const pastDue = t.skippedByReason["migration_past_due"] ?? 0;
  if (pastDue > 0)
    lines.push(
      `  ${pastDue} touch${pastDue === 1 ? "" : "es"} the new timing makes due in the past would have fired at once; the migration skips them (migration_past_due)`,
    );
  let shown = 0;
  for (const lead of preview.leads) {
    const moved = lead.skipped.length > 0 || lead.dueAtOnce.length > 0 || where(lead.before, undefined) !== where(lead.after, undefined);
    if (!moved) continue;
    if (shown++ === maxLeads) {
      lines.push(`  ... (${t.changed - maxLeads} more)`);
      break;
    }
    const skips = lead.skipped.map((s) => `${s.stepId} (${s.reason})`).join(", ");
    lines.push(
      `  ${lead.leadId}: ${where(lead.before, lead.zone)} → ${where(lead.after, lead.zone)}${skips === "" ? "" : `; skips ${skips}`}${lead.dueAtOnce.length === 0 ? "" : `; at once: ${lead.dueAtOnce.map((d) => `${d.stepId} (${d.channel})`).join(", ")}`}`,
    );
  }
  // Lead ids are data: printed with their control characters escaped.
  return lines.map(printable).join("\n");
}

/** A position in words; the next wake-up on the lead's clock (as given, in UTC, for a preview made before leads carried their zone). */
function where(p: LeadPosition, zone: string | undefined): string {
  if (p.done !== null) return `done (${p.done.reason})`;
  const due = p.due.length === 0 ? "" : `due ${p.due.join(", ")}`;
  const next = p.next === null ? "" : `next ${p.next.stepId} at ${typeof zone === "string" ? formatLocalWithWeekday(zone, p.next.at) : p.next.at}`;
  return [due, next].filter((s) => s !== "").join("; ") || "idle";
}

function counts(map: Readonly<Record<string, number>>): string {
  return Object.entries(map)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([k, n]) => `${k} ${n}`)
    .join(", ");
}
