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

extension QueryNode {
    /// The number of levels in the tree rooted at this node, which is 1 for a leaf.
    var depth: Int {
        switch self {
        case .identity, .literal, .builtin, .collect(nil):
            return 1
        case .field(let base, _), .iterate(let base), .collect(let base?), .select(let base),
            .map(let base):
            return 1 + base.depth
        case .subscripted(let left, let right), .pipe(let left, let right),
            .comma(let left, let right), .compare(let left, _, let right),
            .and(let left, let right), .or(let left, let right):
            return 1 + max(left.depth, right.depth)
        case .slice(let base, let from, let to):
            return 1 + max(base.depth, from?.depth ?? 0, to?.depth ?? 0)
        }
    }
}

/// Filters that take no arguments.
enum QueryBuiltin: String, Sendable, CaseIterable {
    case not, length, keys, first, last, empty, type
}
