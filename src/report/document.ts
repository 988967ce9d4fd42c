import { html, raw, type Html } from "./html.js";
import { STYLES } from "./styles.js";

/**
 * The content-security policy of every report: nothing may load from anywhere (no scripts at all,
 * no fonts, images only as inline data), styles only inline. The file works offline by construction.
 */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** The whole HTML document around the report's sections. */
export function reportDocument(title: string, body: Html, extraCss: readonly string[], footer: string): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="lead-cadence">
<title>${title}</title>
<style>${raw(STYLES)}${raw(extraCss.join("\n"))}</style>
</head>
<body>
<main>
${body}
<footer>${footer}</footer>
</main>
</body>
</html>
`.toString();
}
