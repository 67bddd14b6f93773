/// The body of a collection request, by Postman body mode.
public enum CollectionBody: Sendable, Equatable {
    case none
    /// Text sent as written, with `{{name}}` templates left for the shell to expand.
    /// `language` is Postman's editor hint (`json`, `text`, `xml`, …) when the file has one.
    case raw(String, language: String?)
    /// Form fields for `application/x-www-form-urlencoded`, in file order, disabled ones left
    /// out.
    case urlencoded([(name: String, value: String)])
    /// A file upload of the file chosen in Postman, or of nothing when the path is nil.
    case file(String?)

    public static func == (lhs: CollectionBody, rhs: CollectionBody) -> Bool {
        switch (lhs, rhs) {
        case (.none, .none):
            return true
        case (.raw(let leftText, let leftLanguage), .raw(let rightText, let rightLanguage)):
            return leftText == rightText && leftLanguage == rightLanguage
        case (.urlencoded(let leftFields), .urlencoded(let rightFields)):
            return leftFields.count == rightFields.count
                && zip(leftFields, rightFields).allSatisfy { $0 == $1 }
        case (.file(let leftPath), .file(let rightPath)):
            return leftPath == rightPath
        default:
            return false
        }
    }
}
