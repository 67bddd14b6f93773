/// A jq-like filter over JSON values, such as `.campaigns[] | select(.state == "ENABLED") | .name`.
///
/// The language is a subset of jq's; `helpText` lists it. Numbers compare exactly as decimals
/// and strings by Unicode scalars. Queries over bytes (`evaluate(json:)`) walk the validated
/// text directly and build only the values a filter inspects or returns.
public struct JSONQuery: Sendable {
    public let text: String
    let root: QueryNode

    /// Parses a query.
    /// - Throws: `QueryError.syntax` naming the column of the first problem.
    public init(_ text: String) throws(QueryError) {
        self.text = text
        self.root = try QueryParser.parse(text)
    }

    /// Runs the query on a value and returns its outputs in order.
    /// - Throws: `QueryError.runtime` when a filter cannot apply, such as `.name` on an array.
    public func evaluate(_ value: JSONValue) throws(QueryError) -> [JSONValue] {
        var evaluator = QueryEvaluator(document: nil)
        var outputs: [JSONValue] = []
        for output in try evaluator.evaluate(root, .value(value)) {
            outputs.append(try evaluator.materialize(output))
        }
        return outputs
    }

    /// Runs the query on each top-level value of a JSON text and returns all outputs.
    /// - Throws: `QueryError.invalidJSON` when the text is not valid JSON, and runtime errors.
    public func evaluate(json bytes: [UInt8]) throws(QueryError) -> [JSONValue] {
        var outputs: [JSONValue] = []
        try run(json: bytes) { (evaluator, output) throws(QueryError) in
            outputs.append(try evaluator.materialize(output))
        }
        return outputs
    }

    /// Runs the query on each top-level value of a JSON text and hands `emit` the JSON text of
    /// each output. Outputs taken unchanged from the input keep their exact bytes; the rest are
    /// compact JSON. Feeding the texts, separated by line breaks, to a `JSONFormatter` prints
    /// them.
    public func evaluate(
        json bytes: [UInt8], emit: (UnsafeRawBufferPointer) -> Void
    ) throws(QueryError) {
        try run(json: bytes) { (evaluator, output) throws(QueryError) in
            switch output {
            case .raw(let range):
                bytes.withUnsafeBytes { buffer in
                    emit(UnsafeRawBufferPointer(rebasing: buffer[range]))
                }
            case .value(let value):
                var text = value.compactText
                text.withUTF8 { emit(UnsafeRawBufferPointer($0)) }
            }
        }
    }

    private func run(
        json bytes: [UInt8], _ output: (QueryEvaluator, QueryValue) throws(QueryError) -> Void
    ) throws(QueryError) {
        let document: JSONDocument
        do {
            document = try JSONDocument(validating: bytes)
        } catch {
            throw .invalidJSON(error)
        }
        var evaluator = QueryEvaluator(document: document)
        for range in document.values {
            for value in try evaluator.evaluate(root, .raw(range)) {
                try output(evaluator, value)
            }
        }
    }
}
