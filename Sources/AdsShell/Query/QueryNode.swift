/// A parsed query filter. Each filter maps one input value to zero or more outputs.
indirect enum QueryNode: Sendable {
    /// `.`
    case identity
    /// `BASE.name`, `BASE."name"` or `BASE["name"]` with a literal name.
    case field(QueryNode, String)
    /// `BASE[INDEX]`, where `INDEX` runs on the same input as `BASE`.
    case subscripted(QueryNode, QueryNode)
    /// `BASE[FROM:TO]`, either bound optional.
    case slice(QueryNode, QueryNode?, QueryNode?)
    /// `BASE[]`
    case iterate(QueryNode)
    /// `LEFT | RIGHT`
    case pipe(QueryNode, QueryNode)
    /// `LEFT, RIGHT`
    case comma(QueryNode, QueryNode)
    case literal(JSONValue)
    case compare(QueryNode, ComparisonOperator, QueryNode)
    case and(QueryNode, QueryNode)
    case or(QueryNode, QueryNode)
    /// `[FILTER]`, or `[]` when nil.
    case collect(QueryNode?)
    case select(QueryNode)
    case map(QueryNode)
    case builtin(QueryBuiltin)
}

/// Filters that take no arguments.
enum QueryBuiltin: String, Sendable, CaseIterable {
    case not, length, keys, first, last, empty, type
}
