import { COMPLIANCE_PRESETS, US_STATES, contactKinds } from "../../../policy/index.js";
import type { CompliancePresetId } from "../../../plan/index.js";
import { respond } from "../../../testing/index.js";
import type { RawFinding } from "../finding.js";
import { example } from "../probe.js";
import { stepPath, type LintRule } from "../rule.js";

/** Leads lacking a channel's contact get no touch at all; consent-only channels with no fallback. */
export const channelNoPath: LintRule = {
  id: "channel-no-path",
  title: "Every lead has a way to be reached",
  rationale:
    "A lead without a phone number, or without the consent a channel needs, must still be reached some other way, or the plan silently does nothing for it.",
  source:
    "Consent rules per channel (TCPA prior express written consent for marketing texts, GDPR/ePrivacy); CRM data reality (many leads lack a phone or an email).",
  defaultSeverity: "warn",
  check(context) {
    const { plan, probe } = context;
    const point = probe.midday[0] ?? probe.grid[0];
    if (point === undefined) return [];
    const out: RawFinding[] = [];
    const kinds = new Set<string>();
    for (const step of plan.steps) for (const k of contactKinds(plan.policies, step.channel)) kinds.add(k);
    for (const kind of [...kinds].sort()) {
      const [run] = probe.runs(`no-contact-${kind}`, [point], respond.never(), {
        lead: (lead) => ({ ...lead, contacts: Object.fromEntries(Object.entries(lead.contacts ?? {}).filter(([k]) => k !== kind)) }),
      });
      if (run === undefined || run.timeline.touches.length > 0) continue;
      out.push({
        message: `A lead without ${/^[aeiou]/.test(kind) ? "an" : "a"} ${kind} contact gets no touch at all; add a step or a fallback on another channel`,
        evidence: { summary: `simulated lead without ${kind}: 0 touches`, cases: 1, of: 1, example: example(run) },
        path: ["steps"],
      });
    }
    const consent = new Set(plan.policies.consentRequired ?? []);
    for (const step of plan.steps) {
      if (!consent.has(step.channel) || step.fallback !== undefined) continue;
      const [run] = probe.runs(`no-consent-${step.channel}`, [point], respond.never(), {
        lead: (lead) => ({ ...lead, consent: Object.fromEntries(Object.entries(lead.consent ?? {}).filter(([c]) => c !== step.channel)) }),
      });
      const skip = run?.timeline.skips.find((s) => s.stepId === step.id && s.reason === "no_consent");
      if (run === undefined || skip === undefined) continue;
      out.push({
        stepId: step.id,
        message: `Step ${step.id} needs ${step.channel} consent and has no fallback: leads without consent skip it; add a fallback channel`,
        evidence: {
          summary: `simulated lead without ${step.channel} consent: ${step.id} skipped (no_consent)`,
          cases: 1,
          of: 1,
          example: example(run, (e) => e.kind === "skip" || e.kind === "touch"),
        },
        path: stepPath(plan, step.id, "channel"),
      });
    }
    return out;
  },
};

/** WhatsApp steps without an approved template for use outside the 24-hour window. */
export const whatsappTemplate: LintRule = {
  id: "whatsapp-template",
  title: "WhatsApp steps have a template for outside the 24-hour window",
  rationale: "WhatsApp only allows free-form messages within 24 hours of the lead's last message; outside it only an approved template may be sent.",
  source: "WhatsApp Business Platform policy: customer service window and message templates (Meta developer documentation).",
  defaultSeverity: "warn",
  check(context) {
    const out: RawFinding[] = [];
    const runs = context.probe.baseAt(context.probe.midday);
    for (const step of context.plan.steps) {
      if (step.channel !== "whatsapp" || step.templateOutsideWindow !== undefined) continue;
      const run = runs.find(
        (r) => r.timeline.skips.some((s) => s.stepId === step.id) || r.timeline.touches.some((t) => t.stepId === step.id && t.fallbackFrom === "whatsapp"),
      );
      const skipped = run?.timeline.skips.some((s) => s.stepId === step.id) ?? false;
      out.push({
        stepId: step.id,
        message: `WhatsApp step ${step.id} has no templateOutsideWindow: for a lead who has not written in the last 24 hours it ${step.fallback === undefined ? "is skipped" : `falls back to ${step.fallback}`}; add an approved template`,
        evidence: {
          summary:
            run === undefined
              ? "no templateOutsideWindow"
              : skipped
                ? `simulated lead who never wrote: ${step.id} skipped`
                : `simulated lead who never wrote: ${step.id} sent on ${step.fallback ?? "its fallback"}`,
          ...(run === undefined ? {} : { example: example(run, (e) => "stepId" in e && e.stepId === step.id) }),
        },
        path: stepPath(context.plan, step.id),
      });
    }
    return out;
  },
};

/** Task steps (a person performs them) without an SLA. */
export const taskSla: LintRule = {
  id: "task-sla",
  title: "Task steps have an SLA",
  rationale: "A task waits for a person; without an SLA and an escalation nobody learns that the 5-minute call happened after two hours.",
  source: "Speed-to-lead studies (MIT/InsideSales 2007; HBR 2011) and dealer BDC practice of response-time SLAs.",
  defaultSeverity: "warn",
  check(context) {
    return context.plan.steps
      .filter((s) => s.mode === "task" && s.sla === undefined)
      .map((s) => ({
        stepId: s.id,
        message: `Task step ${s.id} has no SLA: add { "sla": { "within": "PT5M", "escalate": { "channel": "notify" } } } so a late task is noticed`,
        evidence: { summary: `mode task, no sla` },
        path: stepPath(context.plan, s.id),
      }));
  },
};

/** Total call attempts for a lead who never answers, outside the recommended range. */
export const callAttempts: LintRule = {
  id: "call-attempts",
  title: "6 to 8 call attempts in all",
  rationale: "Most reached leads are reached by the sixth call attempt; fewer gives up too early, many more adds little and annoys.",
  source: "Velocify (Leads360) call-attempt studies: most converted leads are contacted by the 6th attempt; InsideSales.com research on persistence.",
  defaultSeverity: "warn",
  check(context) {
    const [min, max] = context.thresholds.callAttempts;
    const runs = context.probe.base;
    const counted = runs.map((r) => ({ run: r, n: r.timeline.byChannel["call"]?.length ?? 0 }));
    if (counted.every((c) => c.n === 0)) return [];
    const most = counted.reduce((a, b) => (b.n > a.n ? b : a));
    const least = counted.reduce((a, b) => (b.n < a.n ? b : a));
    const pick = most.n > max ? most : most.n < min ? most : least.n < min && least.n > 0 ? least : undefined;
    if (pick === undefined) return [];
    const callStep = context.plan.steps.find((s) => s.channel === "call");
    return [
      {
        ...(callStep === undefined ? {} : { stepId: callStep.id }),
        message: `A lead who never answers gets ${pick.n} call attempt${pick.n === 1 ? "" : "s"} (recommended ${min}–${max})`,
        evidence: {
          summary: `call attempts per simulated lead: ${least.n}–${most.n}`,
          of: runs.length,
          example: example(pick.run, (e) => e.kind === "touch" && e.channel === "call"),
        },
        path: callStep === undefined ? ["steps"] : stepPath(context.plan, callStep.id, "attempts"),
      },
    ];
  },
};

/** Countries the plan names whose shipped compliance presets it does not include. */
export const countryPreset: LintRule = {
  id: "country-preset",
  title: "A country the plan serves has its compliance preset",
  rationale: "Calling and texting hours, consent and caps are national (and in the US, state) law; the shipped preset encodes them as data.",
  source:
    "The shipped compliance presets and the rules they cite (docs/compliance.md): TCPA and state laws, Dutch Telecommunicatiewet, German UWG, Belgian WER/CDE, CRTC Unsolicited Telecommunications Rules, the Australian telemarketing standard.",
  defaultSeverity: "warn",
  check(context) {
    const included = new Set(context.plan.compliance ?? []);
    const out: RawFinding[] = [];
    for (const country of context.profile.countries) {
      const code = country.toLowerCase();
      const shipped = Object.keys(COMPLIANCE_PRESETS).filter((id) => id === code || id.startsWith(`${code}-`));
      if (country === "US") shipped.push(US_STATES);
      if (shipped.length === 0 || shipped.some((id) => included.has(id as CompliancePresetId))) continue;
      const national = (shipped.find((id) => !/^us-(?!federal)/.test(id)) ?? shipped[0]) as CompliancePresetId;
      const base = context.probe.baseAt(context.probe.midday);
      const withPreset = context.probe.runs(`preset-${national}`, context.probe.midday, respond.never(), { presets: [national] });
      let moved = 0;
      let total = 0;
      for (const [i, run] of base.entries()) {
        const other = withPreset[i]?.timeline.touches ?? [];
        total += run.timeline.touches.length;
        moved += run.timeline.touches.filter((t) => !other.some((o) => o.touchId === t.touchId && o.at === t.at)).length;
      }
      out.push({
        message: `The plan serves leads in ${country} but includes none of its presets (${shipped.join(", ")}); add "${national}" to compliance`,
        evidence: { summary: `with ${national}, ${moved} of ${total} simulated touches would move or drop`, cases: moved, of: total },
        path: context.plan.compliance === undefined ? [] : ["compliance"],
      });
    }
    return out;
  },
};
