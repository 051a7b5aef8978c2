/** A half-open range of UTF-16 offsets, shared by the normalised and the original text. */
export interface Span {
  start: number;
  end: number;
}
