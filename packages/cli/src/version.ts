/** The Chanye version the CLI reports (`chanye --version`); one constant, in @chanye/compute. */
export { CHANYE_VERSION } from '@chanye/compute';
