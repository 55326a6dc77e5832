/** Public exports of @chanye/charts. */
export {};
