/**
 * A streaming CSV reader: text in any chunks, rows out one at a time, so a table of millions of rows is never
 * held whole. RFC 4180 quoting (commas, quotes and line breaks inside quoted fields), CRLF or LF, a leading
 * byte-order mark. A field longer than `maxField` is cut (the row still counts), so one unterminated quote cannot
 * fill memory; `malformed` says so.
 */
export class CsvRows {
  private field = '';
  private row: string[] = [];
  private quoted = false;
  /** The previous character closed a quote: a second quote is an escaped quote. */
  private quoteClosed = false;
  private started = false;
  private fieldCut = false;
  malformed = false;

  constructor(
    private readonly onRow: (cells: string[]) => void,
    private readonly maxField = 1_000_000,
  ) {}

  push(text: string): void {
    let start = 0;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) start = 1;
    }
    for (let i = start; i < text.length; i++) {
      const c = text[i] as string;
      if (this.quoted) {
        if (c === '"') {
          this.quoted = false;
          this.quoteClosed = true;
        } else this.add(c);
        continue;
      }
      if (c === '"') {
        if (this.quoteClosed) this.add('"');
        this.quoted = true;
        this.quoteClosed = false;
        continue;
      }
      this.quoteClosed = false;
      if (c === ',') this.endField();
      else if (c === '\n') this.endRow();
      else if (c === '\r') {
        // CR is dropped: CRLF ends the row at the LF; a lone CR inside a field is not meaningful data here.
      } else this.add(c);
    }
  }

  /** The end of the text: a last row without a line break still counts; an open quote is malformed. */
  end(): void {
    if (this.quoted) this.malformed = true;
    if (this.field !== '' || this.row.length > 0) this.endRow();
  }

  private add(c: string): void {
    if (this.field.length < this.maxField) this.field += c;
    else if (!this.fieldCut) {
      this.fieldCut = true;
      this.malformed = true;
    }
  }

  private endField(): void {
    this.row.push(this.field);
    this.field = '';
  }

  private endRow(): void {
    this.endField();
    const row = this.row;
    this.row = [];
    this.fieldCut = false;
    // Blank lines are not rows.
    if (row.length === 1 && row[0] === '') return;
    this.onRow(row);
  }
}
