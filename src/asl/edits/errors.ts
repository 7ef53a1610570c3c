/** Raised by an edit asked to do something impossible (unknown state, name taken, …); the input is untouched. */
export class EditError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EditError';
  }
}
