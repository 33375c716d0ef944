/** A file the fit cannot use, with where the problem is (line, column or field) for the message. */
export class ImportError extends Error {
  constructor(
    message: string,
    readonly where: { line?: number; column?: string; field?: string } = {},
  ) {
    super(message);
    this.name = 'ImportError';
  }
}
