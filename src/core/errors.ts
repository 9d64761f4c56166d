/**
 * A call that cannot be answered because of its input. The message says what to fix and
 * leaves out the function name: the functions layer prefixes it ("KPI_TREND: ...").
 */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
