/**
 * The Chanye version the CLI reports (`chanye --version`); one constant, in @chanye/compute.
 *
 * @module
 */
export { CHANYE_VERSION } from '@chanye/compute';
