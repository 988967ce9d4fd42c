import type { LintRule } from "../rule.js";
import { callAttempts, channelNoPath, countryPreset, taskSla, whatsappTemplate } from "./channels.js";
import { callSpacing, nightTouches, sameMinuteChannels, touchesPerDay } from "./density.js";
import { exitOnMeeting, exitOnOptOut, exitOnReply } from "./exits.js";
import { capStarvation, unreachableStep } from "./reachability.js";
import { longGap, speedToLead, weekendTouches, windowDeferral } from "./timing.js";

/** Every lint rule, in report order. docs/lint.md documents each one. */
export const LINT_RULES: readonly LintRule[] = /* @__PURE__ */ Object.freeze([
  exitOnReply,
  exitOnMeeting,
  exitOnOptOut,
  nightTouches,
  touchesPerDay,
  sameMinuteChannels,
  callSpacing,
  speedToLead,
  longGap,
  weekendTouches,
  windowDeferral,
  unreachableStep,
  capStarvation,
  channelNoPath,
  whatsappTemplate,
  taskSla,
  callAttempts,
  countryPreset,
]);
