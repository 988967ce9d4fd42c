import { CadenceError } from "./CadenceError.js";

/**
 * A feature needs an optional peer dependency that is not installed (a plan asks for country
 * holidays without `date-holidays`, a lead's phone number is resolved without
 * `libphonenumber-js`). The message names the package and the feature.
 */
export class MissingDependencyError extends CadenceError {
  override name = "MissingDependencyError" as const;
  declare readonly code: "missing_dependency";
  /** The npm package to install, e.g. `date-holidays`. */
  readonly packageName: string;

  constructor(packageName: string, feature: string, options?: { cause?: unknown }) {
    super(
      "missing_dependency",
      `${feature} needs the optional package ${JSON.stringify(packageName)}; install it with \`npm install ${packageName}\``,
      options,
    );
    this.packageName = packageName;
  }
}
