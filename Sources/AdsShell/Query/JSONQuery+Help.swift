extension JSONQuery {
    /// A summary of the query language for the shell's help command.
    public static let helpText = """
        Queries are a subset of jq filters. Each filter takes one value and outputs zero or
        more values.

          .                   the whole value
          .name  ."a name"    the member of an object (null when missing or on null)
          .["name"]           the same, with any string
          .[2]  .[-1]         an array element, counting from 0; negative counts from the end
          .[1:3]  .[:2]       a slice of an array or a string; bounds may be left out
          .[]                 each element of an array, or each member value of an object
          .a.b[0]             paths chain without pipes
          A | B               run B on each output of A
          A, B                the outputs of A, then those of B
          [A]                 collect the outputs of A into an array
          select(COND)        the input when COND is true (anything but false and null)
          map(F)              [.[] | F]
          ==  !=  <  <=  >  >=
                              compare values: numbers exactly as decimals, strings by
                              Unicode scalars; across types null < false < true < numbers
                              < strings < arrays < objects
          A and B, A or B     boolean logic; not is a filter: .enabled | not
          "text" 12 -1.5 true false null
                              literals
          length              elements, members, characters, or 0 for null
          keys                sorted object keys, or array indices
          first  last         .[0] and .[-1]
          type                "object", "array", "string", "number", "boolean" or "null"
          empty               no output
          ( A )               grouping

        Example: .campaigns[] | select(.state == "ENABLED" and .budget.budget > 10) | .name
        Not supported: ?, .., arithmetic, variables, string interpolation, user functions.
        """
}
