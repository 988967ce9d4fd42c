import * as z from "zod/mini";
import { _isoDate, _isoDateTime, type $ZodISODateParams, type $ZodISODateTimeParams } from "zod/v4/core";

/*
 * zod/mini's `z.iso.datetime` and `z.iso.date`, made the way zod makes them, without reading `z.iso`: read through that
 * namespace, a bundler keeps all four ISO formats with their patterns (time and duration too) in every bundle that
 * parses a plan. These two are the only ISO formats the schemas use.
 */

/** `z.iso.datetime(params)`. */
export const isoDateTime = (params: string | $ZodISODateTimeParams): z.ZodMiniISODateTime => _isoDateTime(z.ZodMiniISODateTime, params);

/** `z.iso.date(params)`. */
export const isoDate = (params: string | $ZodISODateParams): z.ZodMiniISODate => _isoDate(z.ZodMiniISODate, params);
