/**
 * `Reads<T, S>`: the parts of an API answer `T` that a view reads, named by a selection `S`
 * (`true` takes a field as the server types it; an object selects inside it, through arrays
 * and `null`). The result keeps the server's types and optional marks, so renaming or
 * retyping a field the dashboard reads fails `tsc`, while the tests can build answers with
 * only the fields a view needs. A field the server no longer has drops out of the result, and
 * the view that reads it stops compiling.
 *
 * @example
 * type Economy = Reads<EconomiesAnswer[number], { iso3: true; name_en: true }>;
 * // { readonly iso3: string; readonly name_en: string }
 *
 * @module
 */

/** Which fields to take: `true` for the whole field, an object to select inside it. */
export type Selection = { readonly [field: string]: true | Selection };

/** The fields of `T` named by `S`, recursively; arrays and `null`/`undefined` are kept as such. */
export type Reads<T, S extends Selection> = T extends null | undefined
  ? T
  : T extends readonly (infer E)[]
    ? readonly Reads<E, S>[]
    : { readonly [K in keyof T as K extends keyof S ? K : never]: Field<T[K], S[K & keyof S]> };

type Field<V, S> = S extends true ? V : S extends Selection ? Reads<V, S> : never;
