/** A report that cannot be made from this input (one line, Chinese, naming the file). */
export class ReportError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'ReportError';
  }
}
