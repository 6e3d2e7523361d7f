/** A value that cannot be read: the reader turns it into a rejected row naming the field. */
export class FieldProblem extends Error {
  override name = 'FieldProblem';
}
