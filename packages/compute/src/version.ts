/**
 * The Chanye version: the one constant the CLI (`chanye --version`), the server
 * (`/api/health`), the reports and the provenance record all report. It must equal the
 * `version` of the root package.json (a test checks it).
 *
 * @module
 */
export const CHANYE_VERSION = '0.1.0';
