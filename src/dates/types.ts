export type DatePrecision = 'day' | 'month' | 'year';

export interface TimeExpression {
  /** Offsets into the given text: `text.slice(start, end) === expression.text`. */
  start: number;
  end: number;
  /** The matched words, e.g. "on Sunday night", "in late March". */
  text: string;
  /** 'YYYY-MM-DD' | 'YYYY-MM' | 'YYYY' according to precision. */
  value: string;
  precision: DatePrecision;
}
