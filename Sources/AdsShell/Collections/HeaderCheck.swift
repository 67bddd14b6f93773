/// Checks the headers of a collection request for mistakes that the shell should report.
enum HeaderCheck {
    /// Header names that Amazon Ads requests use, and common HTTP headers that are close to
    /// them, in their usual spelling.
    static let knownNames = [
        "Accept", "Authorization", "Content-Type", "Prefer", "Referer", "Accept-Encoding",
        "Accept-Language", "Cache-Control", "Connection", "Content-Length", "Content-Encoding",
        "User-Agent", "Cookie", "Origin",
        "Amazon-Advertising-API-ClientId", "Amazon-Advertising-API-Scope",
        "Amazon-Advertising-API-AdvertiserId", "Amazon-Advertising-API-MarketplaceId",
        "Amazon-Advertising-API-Manager-Account",
    ]

    /// Returns one warning for each misspelled header name, `Authorization` value without a
    /// scheme, and enabled header with an empty name.
    ///
    /// - Parameters:
    ///   - raw: the request's `header` member as written in the file.
    ///   - headers: the enabled headers read from it.
    static func warnings(
        for raw: JSONValue?, headers: [(name: String, value: String)]
    ) -> [String] {
        var warnings: [String] = []
        for header in headers {
            if let intended = likelyIntendedName(header.name) {
                warnings.append(
                    "header '\(header.name)' looks like a misspelling of '\(intended)' and is "
                        + "sent as written (fix it in the collection if the API rejects it)")
            }
            if header.name.lowercased() == "authorization",
                CollectionRequest.isBareTokenTemplate(header.value)
            {
                let value = CollectionReader.trimmingSpaces(header.value)
                warnings.append(
                    "header 'Authorization' is '\(value)' without the 'Bearer' scheme "
                        + "(normalizedHeaders() adds it)")
            }
        }
        let emptyNames = (raw?.arrayValue ?? []).filter { header in
            header["disabled"]?.boolValue != true
                && CollectionReader.trimmingSpaces(header["key"]?.stringValue ?? "").isEmpty
        }
        if !emptyNames.isEmpty {
            warnings.append("\(emptyNames.count) enabled header(s) with an empty name are left out")
        }
        return warnings
    }

    /// Returns the known header name that `name` differs from by one or two characters, or
    /// nil when `name` is a known name or not close to one.
    static func likelyIntendedName(_ name: String) -> String? {
        guard name.count >= 6 else { return nil }
        if knownNames.contains(where: { $0.lowercased() == name.lowercased() }) { return nil }
        return knownNames.first { EditDistance.between($0, name) <= 2 }
    }
}
