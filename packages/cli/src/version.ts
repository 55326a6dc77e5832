/** The Chanye version the CLI reports (`chanye --version`) and writes into its workbooks. */
export const CHANYE_VERSION = '0.1.0';
