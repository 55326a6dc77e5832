/** Public exports of @chanye/server. */
export {};
