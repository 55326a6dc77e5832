/** Public exports of @chanye/report. */
export {};
