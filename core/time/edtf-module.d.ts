/** The part of the `edtf` package (4.x, BSD-2-Clause, no bundled types) core/time uses. */
declare module 'edtf' {
  interface EdtfValue {
    readonly type: string;
    readonly min: number;
    readonly max: number;
    readonly precision?: number;
    readonly values?: readonly number[];
    readonly approximate?: { readonly value: number };
    readonly uncertain?: { readonly value: number };
    readonly unspecified?: { readonly value: number };
    readonly lower?: EdtfValue | null;
    readonly upper?: EdtfValue | null;
  }
  export default function edtf(text: string): EdtfValue;
}
