import { checkShape } from "../../errors/index.js";
import { printable } from "../../primitives/index.js";
import type { Estimate, Forecast } from "./forecast.js";

/** A forecast for people: reach with its interval, by step, time to first contact, touches per lead. */
export function formatForecast(f: Forecast): string {
  checkShape(f, "forecast", "a forecast from forecast()", { planId: "string", byStep: "array", reach: "object", touchesPerLead: "object" });
  const pct = (e: Estimate): string => `${(e.value * 100).toFixed(1)} % (95 % interval ${(e.low * 100).toFixed(1)}–${(e.high * 100).toFixed(1)})`;
  const minutes = (e: Estimate): string => `${duration(e.value)} (${duration(e.low)}–${duration(e.high)})`;
  const width = Math.max(...f.byStep.map((s) => s.stepId.length));
  const lines = [
    `Forecast ${f.planId} v${f.planVersion}: ${f.leads} lead${f.leads === 1 ? "" : "s"} × ${f.runs} run${f.runs === 1 ? "" : "s"}, seed ${f.seed}, ${f.until}`,
    // The model's source is text from its file.
    `  model: ${printable(f.model)}`,
    `  reach: ${pct(f.reach)}`,
    `  touches per lead: ${f.touchesPerLead.value.toFixed(1)} (${f.touchesPerLead.low.toFixed(1)}–${f.touchesPerLead.high.toFixed(1)})`,
    f.timeToFirstContact === null
      ? "  time to first contact: nobody reached"
      : `  time to first contact: median ${minutes(f.timeToFirstContact.median)}, p90 ${minutes(f.timeToFirstContact.p90)}`,
    "  by step (first reached here · reached by here):",
    ...f.byStep.map(
      (s) =>
        `    ${s.stepId.padEnd(width)}  ${s.channel.padEnd(8)}  ${(s.firstReach.value * 100).toFixed(1).padStart(5)} %  ·  ${(s.cumulative.value * 100).toFixed(1).padStart(5)} %`,
    ),
  ];
  return lines.join("\n");
}

function duration(minutes: number): string {
  if (minutes < 1) return `${Math.round(minutes * 60)} s`;
  if (minutes < 120) return `${minutes.toFixed(minutes < 10 ? 1 : 0)} min`;
  if (minutes < 2880) return `${(minutes / 60).toFixed(1)} h`;
  return `${(minutes / 1440).toFixed(1)} d`;
}
