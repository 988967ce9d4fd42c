/**
 * The documentation of the plan format: the description of each field (and of some whole schemas),
 * keyed by the path from a named schema to the one it describes (`Step.attempts`,
 * `Plan.reenrollment.after`, `Exit.reply.on`: a union's member by its literal; `Condition.all`: by
 * its field). The schemas carry neither texts nor keys: the documented `PlanSchema`
 * (`documentedPlanSchema.ts`) attaches each text to the schema its key leads to
 * (`planDescriptionTargets.ts`), for the JSON Schema (`planJsonSchema`, `schema/plan.schema.json`)
 * and the docs. They live apart from the schemas so that `evaluate`, which validates plans with the
 * same schemas, does not carry 9 kB of documentation (nor 3 kB of keys) into a browser bundle: this
 * module is loaded only by `planJsonSchema` and by the exported `PlanSchema`.
 * test/plan/planJsonSchemaAjv.test.ts fails when a property of the JSON Schema has no description,
 * test/plan/planDescriptions.test.ts when a key leads to no schema, or two keys to one.
 */
export const PLAN_DESCRIPTIONS = {
  "ClosureRule.date": 'The lead-local date "YYYY-MM-DD" of the closure.',
  "ClosureRule.from": 'Closed from this lead-local time "HH:MM"; absent: from the start of the day.',
  "ClosureRule.to": 'Closed until this lead-local time "HH:MM"; absent: to the end of the day.',
  "ClosureRule.name": "A name for people, e.g. Christmas Eve.",

  "HolidaysRule.country": "ISO 3166-1 alpha-2 country code of the public holidays, e.g. BE, US (needs the optional peer date-holidays).",
  "HolidaysRule.state": "The country's state or region code, e.g. FL.",
  "HolidaysRule.closures": "The plan's own dated closures, whole days or parts of days.",
  "HolidaysRule.fromLead": "Use the lead's address.country and address.region for the country calendar when present.",

  "OutcomeCondition.outcome.step": "The id of the step whose latest outcome is tested.",
  "OutcomeCondition.outcome.in": "The outcomes that make it true; `none`: no outcome yet, `skipped`: the step was skipped.",
  "OutcomeCondition.outcome": "True when the named step's latest outcome is in the set.",

  "AttributeCondition.attribute": "Dot path into lead.attributes, e.g. vehicle.price.",
  "AttributeCondition.eq": "True when the attribute equals this string, number, boolean or null.",
  "AttributeCondition.in": "True when the attribute is one of these values.",
  "AttributeCondition.exists": "true: the attribute is present; false: it is absent.",
  "AttributeCondition.gt": "True when the attribute is a number greater than this.",
  "AttributeCondition.gte": "True when the attribute is a number at least this.",
  "AttributeCondition.lt": "True when the attribute is a number less than this.",
  "AttributeCondition.lte": "True when the attribute is a number at most this.",

  "HasContactCondition.hasContact": "True when the lead has a contact for this channel (a phone for call/sms, an email for email, ...).",

  "ConsentCondition.consent.channel": "The channel whose consent is tested.",
  "ConsentCondition.consent.in": "The consent states that make it true: granted, denied, unknown.",
  "ConsentCondition.consent": "True when the lead's consent for the channel is in the set.",

  "RuleCondition.rule": "The name of a predicate registered in code: evaluate(plan, lead, now, { rules: { name: (lead) => boolean } }).",

  "Condition.all": "True when every condition is true.",
  "Condition.any": "True when at least one condition is true.",
  "Condition.not": "True when this condition is false.",

  "DoNotCallExemption.basis": "What the relationship rests on (inquiry, transaction): named in the trace.",
  "DoNotCallExemption.for": "ISO-8601 duration the exemption lasts after the latest evidence (P3M, P18M).",
  "DoNotCallExemption.events": "Names of history `event` records that are evidence of the relationship.",
  "DoNotCallExemption.attributes": "Lead attributes holding an instant that is evidence of the relationship (lastPurchaseAt).",

  "DoNotCallRegistryRule.channels": "The channels a flag of this registry blocks.",
  "DoNotCallRegistryRule.exemptions": "Business relationships that exempt a flagged lead for a while.",
  "DoNotCallRegistryRule.source": "The rule text followed (shown in traces and docs).",

  "DoNotCallRules.registries": "Per registry id: what its flag on a lead blocks and what exempts from it.",
  "DoNotCallRules.requestsHonouredFor":
    "ISO-8601 duration a company-specific do-not-call request is honoured from when it was made (P5Y); absent everywhere: for ever.",

  "Exit.reply.on": "An inbound message ends the cadence (automatic replies excluded).",
  "Exit.reply.channels": "Only replies on these channels end it; absent: any channel.",
  "Exit.connected.on": "A touch with outcome connected (a call or video call got through) ends the cadence.",
  "Exit.meeting.on": "A booked meeting or appointment ends the cadence.",
  "Exit.opt_out.on": "An opt-out of any channel ends the cadence.",
  "Exit.status.on": "The lead's status ends the cadence when it is in `in`.",
  "Exit.status.in": "The statuses that end it, e.g. won, lost.",
  "Exit.event.on": "A custom event ends the cadence.",
  "Exit.event.name": "The name of the event, e.g. financing_approved.",

  "LintSuppression.rule": "The lint rule silenced, e.g. task-sla.",
  "LintSuppression.step": "The step it is silenced on; absent: the whole plan.",
  "LintSuppression.reason": "Why, kept in reports.",

  "LintSettings.rules": "Severity per lint rule: off, warn or error.",
  "LintSettings.suppress": "Silenced findings, each with a reason.",
  "LintSettings.inbound": "The plan answers new inbound leads, so speed to lead applies.",
  "LintSettings.b2b": "The plan contacts businesses, so weekends are off limits.",
  "LintSettings.countries": "Where the plan's leads live (ISO 3166-1 alpha-2), for the compliance preset check.",

  "Plan.$schema": 'JSON Schema reference for editors, e.g. "./node_modules/lead-cadence/schema/plan.schema.json"; ignored by the engine.',
  "Plan.id": "The plan's id: letters, digits, '_', '.' or '-'; part of every touch id (`lead/plan@version/step#attempt`).",
  "Plan.version": "The plan's version, from 1; raise it for every change of a plan leads are enrolled in.",
  "Plan.name": "A name for people (reports, the CLI).",
  "Plan.description": "What the cadence is for, for people.",
  "Plan.timezone": "Fallback IANA zone (e.g. America/New_York) for leads whose own zone is unknown.",
  "Plan.priority": "When a lead is in several plans, higher priority goes first (default 0).",
  "Plan.steps": "The touches of the cadence, at least one.",
  "Plan.reenrollment.allowed": "false: a lead whose enrolment in this plan ended may not be enrolled in it again.",
  "Plan.reenrollment.after": "How long after the end of the last enrolment a new one may start (ISO-8601 duration, calendar units on the plan's zone).",
  "Plan.reenrollment": "Enrolling a lead again after its enrolment in this plan ended: allowed at once by default; `allowed: false` forbids it; `after` waits.",
  "Plan.exits": "What ends the cadence for a lead: a reply, a connected call, a meeting, an opt-out, a status, an event.",
  "Plan.policies": "When and how a lead may be touched: windows, quiet hours, caps, consent, opt-out scope.",
  "Plan.compliance": "Compliance presets the plan includes (us-federal, us-states, nl-telemarketing, ...); they narrow windows and caps and add consent rules.",
  "Plan.optOutConfirmation.channel": "The channel of the confirmation, usually the one the lead opted out on.",
  "Plan.optOutConfirmation.template": "The template of the confirmation message.",
  "Plan.optOutConfirmation": "One confirmation message sent once, immediately, after an opt-out (step id `opt-out-confirmation`).",
  "Plan.businessDays": "Weekdays that count as business days for `businessDays` timings (default Monday–Friday).",
  "Plan.holidays": "Holidays and closures: windows stay closed on them, business days skip them.",
  "Plan.unknownZone": "What to do with a lead whose zone stays unknown: `fallback` (default) or `untimed-only`.",
  "Plan.nonexistentTime":
    "A step time that does not exist on the lead's clock (spring forward): `shift` by the gap (default, 02:30 → 03:30) or `gap-end` (→ 03:00).",
  "Plan.lint": "Settings for `lintPlan` / `lead-cadence lint` (severities, suppressions with a reason); the engine ignores them.",

  "WindowRule.days": "The days it is open: mon, tue, wed, thu, fri, sat, sun.",
  "WindowRule.from": 'Lead-local opening time "HH:MM"; quote it in YAML.',
  "WindowRule.to": 'Lead-local closing time "HH:MM" (before `from`: past midnight); quote it in YAML.',

  "QuietHours.from": 'Lead-local start "HH:MM" of the quiet hours; quote it in YAML.',
  "QuietHours.to": 'Lead-local end "HH:MM" (before `from`: the next day); quote it in YAML.',
  "QuietHours.channels": "The channels kept quiet; absent: all.",

  "Cap.max": "The most touches in the period.",
  "Cap.per": "`day`/`week`: the lead's local calendar day or week (Monday start); `24h`/`7d`: rolling.",
  "Cap.channels": "The channels counted together; absent: all channels.",

  "ChannelSettings.contact": "Contact kinds the channel can use, any one of them (e.g. email, phone); [] needs none.",

  "Policies.windows": "Weekly send windows per channel (lead-local); the key `*` applies to channels without their own entry.",
  "Policies.quietHours": "Lead-local hours without touches, on some channels or all.",
  "Policies.caps": "Frequency caps: at most `max` touches per period.",
  "Policies.consentRequired": "Channels that may only be used with granted consent.",
  "Policies.optOut": "`channel`: an opt-out ends only its channel (default); `global`: any opt-out ends every channel.",
  "Policies.channels": "Contact requirements for custom channels, or overrides for built-in ones.",
  "Policies.whatsappTemplates": "WhatsApp template delivery rules; absent: the defaults (no marketing templates to +1 numbers).",
  "Policies.doNotCall": "Do-not-call registries (what a flag blocks, its exemptions) and how long company requests hold; over the presets' rules.",

  "Attempts.max": "The most touches of the step in all, 1 to 100.",
  "Attempts.every": "ISO-8601 duration from one attempt to the next (then moved into the channel's windows).",
  "Attempts.until": "Stop repeating once an attempt has had one of these outcomes (e.g. connected), whatever outcome follows.",

  "EscalationLevel.after": "ISO-8601 delay after the SLA breach before this level fires; PT0S (the default) fires at the breach.",
  "EscalationLevel.channel": "The channel that alerts (e.g. notify, sms).",
  "EscalationLevel.template": "The template of the alert.",

  "StepSla.within": "ISO-8601 duration: the touch must be performed this long after it became due.",
  "StepSla.escalate": "What happens on a breach: one escalation, or a ladder of up to 10 levels each with its own delay and channel.",

  "Step.id": "The step's id, unique in the plan: letters, digits, '_', '.' or '-'.",
  "Step.name": "A name for people (reports, traces).",
  "Step.channel": "call, sms, whatsapp, email, video, or a custom lower-case channel name.",
  "Step.mode": "`auto`: a channel adapter performs it (default); `task`: a person performs it (a rep dialling).",
  "Step.template": "The template the adapter or the person uses.",
  "Step.at": "When the step is due: after a duration, on a local day and time, on business days, or by a recurrence rule; from enrolment or another step.",
  "Step.when": "A condition on outcomes, attributes, contacts or consent; the step is skipped when it is false.",
  "Step.attempts": "Repeat the step: at most `max` touches, `every` apart, `until` an outcome.",
  "Step.fallback": "Channel used instead when `channel` is unavailable for the lead (no contact, consent, bounce, opt-out).",
  "Step.sla": "Speed-to-lead SLA on performing this step's touches, with an escalation.",
  "Step.templateOutsideWindow": "WhatsApp: the approved template used outside the 24 h window after the lead's last message.",
  "Step.category":
    "WhatsApp: the category of the step's template (marketing, utility, authentication). Template delivery rules (policies.whatsappTemplates) judge steps that name one; a WhatsApp marketing opt-out spares only utility and authentication steps (absent counts as marketing).",

  "Anchor.step": "The id of the step this timing counts from.",
  "Anchor.on": "`touch`: the step's first touch (default); `outcome`: when the step settled.",

  "AfterTiming.after": 'ISO-8601 duration after the anchor, e.g. "PT5M", "P1DT2H" (not "5 minutes").',
  "AfterTiming.from": "What the timing counts from; absent: the lead's enrolment.",

  "DaysTiming.days": "Local days after the anchor's local date (0: the same day).",
  "DaysTiming.time": 'Lead-local clock time "HH:MM"; quote it in YAML ("10:00").',
  "DaysTiming.from": "What the timing counts from; absent: the lead's enrolment.",

  "RecurrenceTiming.rrule":
    "RFC 5545 recurrence rule on the lead's local clock, e.g. FREQ=WEEKLY;BYDAY=MO,WE;BYHOUR=11;COUNT=4; needs COUNT, UNTIL or `count`.",
  "RecurrenceTiming.count": "The most touches the step makes (1 to 1000).",
  "RecurrenceTiming.from": "What the recurrence starts from; absent: the lead's enrolment.",

  "BusinessDaysTiming.businessDays": "Business days after the anchor's local date (the plan's `businessDays`, holidays skipped).",
  "BusinessDaysTiming.time": 'Lead-local clock time "HH:MM"; quote it in YAML ("10:00").',
  "BusinessDaysTiming.from": "What the timing counts from; absent: the lead's enrolment.",

  "TemplateDeliveryRule.category": "The template category the rule blocks: marketing, utility or authentication.",
  "TemplateDeliveryRule.countryCodes": "Calling-code prefixes with their + (+1, +1787) of the numbers not delivered to.",
  "TemplateDeliveryRule.reason": "Why, shown in the trace of a blocked step.",

  "WhatsAppTemplateRules.undelivered": "Template categories not delivered to some country codes; [] for none.",
} as const satisfies Readonly<Record<string, string>>;

/** The key of one description of the plan format. */
export type PlanDescriptionKey = keyof typeof PLAN_DESCRIPTIONS;
