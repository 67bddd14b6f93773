/// A JavaScript expression, reduced to the forms that script translation inspects.
indirect enum ScriptExpression: Sendable, Equatable {
    case identifier(String)
    case string(String)
    case number(String)
    /// `null`, `undefined`, `true` or `false`.
    case keyword(String)
    case member(ScriptExpression, String)
    case index(ScriptExpression, ScriptExpression)
    case call(ScriptExpression, [ScriptExpression])
    case unary(String, ScriptExpression)
    case binary(String, ScriptExpression, ScriptExpression)
    /// A `function (…) { … }` or arrow function, with the statements of its body.
    case function([ScriptStatement])
    /// Anything else: object and array literals, templates, `new`, ternaries.
    case opaque

    /// The dotted name of an identifier or a chain of member accesses, such as
    /// `pm.environment.set`, or nil for any other expression.
    var dottedName: String? {
        switch self {
        case .identifier(let name):
            return name
        case .member(let base, let name):
            return base.dottedName.map { $0 + "." + name }
        default:
            return nil
        }
    }
}

/// A JavaScript statement, with its source text for reports of code that is not translated.
struct ScriptStatement: Sendable, Equatable {
    indirect enum Kind: Sendable, Equatable {
        /// `var`, `let` or `const` with one name, and its initializer when there is one.
        case declaration(String, ScriptExpression?)
        case assignment(String, ScriptExpression)
        case expression(ScriptExpression)
        case conditional(ScriptExpression, [ScriptStatement], [ScriptStatement])
        case block([ScriptStatement])
        /// Loops, `return`, `function` declarations and anything that failed to parse.
        case other
    }

    var kind: Kind
    /// The statement's tokens joined with single spaces where the source had whitespace, so a
    /// statement that spans lines reads as one line and comments are left out.
    var text: String
}
