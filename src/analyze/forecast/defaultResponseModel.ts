import type { ChannelResponse, ResponseModel } from "./responseModel.js";

/*
 * Derivation (docs/forecast.md has the long form):
 * - Time since arrival, the same for every channel (the lead's interest decays, not the channel):
 *   halfLifeMinutes and floor are the least-squares fit, in log ratios, of m(t) to three published
 *   ratios: contact odds 100× higher at 5 than at 30 minutes (MIT/InsideSales Lead Response
 *   Management Study, 2007), qualification 7× likelier in the first hour than in the second and
 *   60× likelier than after 24 hours (Oldroyd, McElheran, Elkington, HBR 2011, 1.25 M leads).
 *   The fit gives h = 2.4 min, f = 0.0026, which reproduces 85×, 23× and 23×: one decay curve
 *   cannot match all three, so the middle ratio comes out high and the last low.
 * - Attempts: Velocify (Leads360) found most converted leads are reached by the sixth call; the
 *   factors fall gently to the sixth attempt and steeply after it (shape from the study, magnitudes
 *   illustrative).
 * - Hours and weekdays: the MIT/InsideSales study found 16–18 h and 8–9 h the best hours to reach a
 *   lead, 13–14 h the worst, and Wednesday and Thursday the best days (shape from the study,
 *   magnitudes illustrative).
 * - Baselines are PLACEHOLDERS: the studies give ratios, not absolute rates. Replace them with your
 *   own (`fitResponseModel`).
 */

const HALF_LIFE_MINUTES = 2.4;
const FLOOR = 0.0026;
const ATTEMPT = [1, 0.95, 0.9, 0.85, 0.8, 0.75, 0.45, 0.3];
const HOUR = [0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.5, 0.8, 1.3, 1.2, 1, 1, 0.9, 0.7, 0.9, 1, 1.4, 1.5, 1.1, 0.9, 0.7, 0.5, 0.4, 0.3];
const WEEKDAY = [1, 1, 1.2, 1.2, 0.9, 0.6, 0.5];

function channel(baseline: number): ChannelResponse {
  return { baseline, halfLifeMinutes: HALF_LIFE_MINUTES, floor: FLOOR, attempt: ATTEMPT, hour: HOUR, weekday: WEEKDAY };
}

/**
 * The shipped response model: decay, attempt, hour and weekday factors derived from published
 * studies (see docs/forecast.md); baseline rates per channel are placeholders to replace with a
 * CRM's own (`fitResponseModel`).
 */
export const DEFAULT_RESPONSE_MODEL: ResponseModel = /* @__PURE__ */ Object.freeze({
  version: 1,
  source:
    "lead-cadence defaults: decay from MIT/InsideSales 2007 and HBR 2011, attempts from Velocify, hours and days from MIT/InsideSales; baselines are placeholders",
  channels: Object.freeze({
    call: channel(0.4),
    video: channel(0.25),
    sms: channel(0.15),
    whatsapp: channel(0.2),
    email: channel(0.05),
    "*": channel(0.05),
  }),
});
